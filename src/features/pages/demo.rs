//! The demo's public pages: every coordination presents itself with its mission, what it does and
//! how to join; its history is written in French only, so editors see a missing translation. Its
//! Documents page offers the year's calendar of plenaries.

use crate::features::pages::store::{self, PageKind};
use crate::platform::db::Tx;
use crate::platform::policy::Tenant;

pub async fn seed(
    tx: &mut Tx,
    tenant: &Tenant,
    (name_fr, name_nl): (&str, &str),
    by_user: i64,
) -> Result<(), sqlx::Error> {
    let blocks = [
        (
            PageKind::Mission,
            format!(
                "{name_fr} relie les organisations sociales et de santé de la commune pour que \
                 chaque habitant trouve l'aide à laquelle il a droit.\n\
                 ## Nos objectifs\n\
                 - mieux se connaître entre partenaires et s'orienter les uns vers les autres ;\n\
                 - repérer ensemble les besoins et le **non-recours aux droits** ;\n\
                 - porter des propositions auprès des autorités."
            ),
            format!(
                "{name_nl} verbindt de sociale en gezondheidsorganisaties van de gemeente, zodat \
                 elke inwoner de hulp vindt waar hij recht op heeft.\n\
                 ## Onze doelstellingen\n\
                 - elkaar beter leren kennen en naar elkaar doorverwijzen;\n\
                 - samen behoeften en **niet-gebruik van rechten** opsporen;\n\
                 - voorstellen voorleggen aan de overheden."
            ),
        ),
        (
            PageKind::Actions,
            "Nous tenons quatre plénières par an et des groupes de travail thématiques \
             (logement, santé mentale, premier accueil).\n\
             Nous tenons à jour la [carte sociale](../map) de la commune.\n\
             Chaque année, nos partenaires signalent les besoins qu'ils constatent : \
             l'observatoire en publie les chiffres."
                .to_string(),
            "We houden vier plenaire vergaderingen per jaar en thematische werkgroepen \
             (huisvesting, geestelijke gezondheid, onthaal).\n\
             We houden de [sociale kaart](../map) van de gemeente bij.\n\
             Elk jaar melden onze partners de behoeften die ze vaststellen: het observatorium \
             publiceert de cijfers."
                .to_string(),
        ),
        (
            PageKind::History,
            "La coordination sociale est née de la loi organique des CPAS de 1976, qui invite \
             chaque CPAS à coordonner l'action sociale de sa commune."
                .to_string(),
            String::new(),
        ),
        (
            PageKind::HowToJoin,
            "Toute organisation sociale ou de santé active dans la commune peut devenir membre.\n\
             1. Remplissez le formulaire « Devenir membre ».\n\
             2. Le comité de pilotage examine votre demande.\n\
             3. Vous signez la charte et recevez l'invitation à la prochaine plénière."
                .to_string(),
            "Elke sociale of gezondheidsorganisatie die in de gemeente actief is, kan lid worden.\n\
             1. Vul het formulier \"Lid worden\" in.\n\
             2. De stuurgroep bekijkt uw aanvraag.\n\
             3. U ondertekent het charter en ontvangt de uitnodiging voor de volgende plenaire."
                .to_string(),
        ),
    ];
    for (kind, fr, nl) in &blocks {
        store::upsert(tx, tenant, *kind, (fr, nl), by_user).await?;
    }
    let calendar = "Date;Rencontre / Bijeenkomst;Lieu / Plaats\n\
        2027-03-16;Plénière / Plenaire;CPAS / OCMW\n\
        2027-06-15;Plénière / Plenaire;CPAS / OCMW\n\
        2027-09-21;Plénière / Plenaire;CPAS / OCMW\n\
        2027-12-14;Plénière / Plenaire;CPAS / OCMW\n";
    let document = crate::platform::upload::Document {
        filename: "plenieres-plenaires-2027.csv".into(),
        content_type: "text/csv; charset=utf-8",
        bytes: calendar.as_bytes().to_vec(),
    };
    store::documents::publish(
        tx,
        tenant,
        (
            "Calendrier des plénières 2027",
            "Kalender van de plenaire vergaderingen 2027",
        ),
        &document,
        by_user,
    )
    .await?;
    Ok(())
}

//! The minutes' one form, read: what the coordinator changed in every item's notes, decisions and
//! actions, checked field by field. Nothing is written unless every field is right; a refused form
//! comes back with everything typed.
//!
//! Fields: `notes_fr_{item}`, `notes_nl_{item}`; per decision `decision_{id}` and
//! `remove_decision_{id}`; per item a `new_decision_{item}`; per action `action_{id}_description`,
//! `_owner` (a person's address, or empty), `_owner_name` (someone else, by name), `_due_on` and
//! `remove_action_{id}`; per item the same for `new_action_{item}`. Item `0` holds what belongs to
//! no item (decisions and actions older than that link). A row the form did not send (an older
//! copy of the page, opened before someone added it) is left as it is.

use super::super::store::agenda::Item;
use super::super::store::minutes::{ActionRow, Decision, InForce, NewAction, Owner, OwnerChoice};
use crate::platform::web::fields::{self, limits};
use crate::platform::web::{FieldErrors, FormValues};

/// What one submission of the form changes.
#[derive(Debug, Default, PartialEq)]
pub struct Changes {
    /// `(item, French, Dutch)` for the notes that changed.
    pub notes: Vec<(i64, String, String)>,
    /// `(decision, new text)`.
    pub decisions: Vec<(i64, String)>,
    pub removed_decisions: Vec<i64>,
    /// `(item, text, the decision in force it replaces)`.
    pub new_decisions: Vec<(Option<i64>, String, Option<i64>)>,
    /// `(action, what it says now)`.
    pub actions: Vec<(i64, NewAction)>,
    pub removed_actions: Vec<i64>,
    pub new_actions: Vec<NewAction>,
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        *self == Changes::default()
    }

    /// Whether it touches more than the notes (which alone may be corrected after publication).
    pub fn beyond_notes(&self) -> bool {
        !(self.decisions.is_empty()
            && self.removed_decisions.is_empty()
            && self.new_decisions.is_empty()
            && self.actions.is_empty()
            && self.removed_actions.is_empty()
            && self.new_actions.is_empty())
    }
}

/// What the form is read against: the minutes as stored and the people actions can be given to.
pub struct Stored<'a> {
    pub items: &'a [Item],
    pub decisions: &'a [Decision],
    pub actions: &'a [ActionRow],
    pub owners: &'a [OwnerChoice],
    /// The body's decisions in force, which a new decision may replace.
    pub in_force: &'a [InForce],
}

/// Reads the form; `Err` with every refused field.
pub fn read(form: &FormValues, stored: &Stored<'_>) -> Result<Changes, FieldErrors> {
    let mut errors = FieldErrors::default();
    let mut changes = Changes::default();
    for item in stored.items {
        let name = |lang: &str| format!("notes_{lang}_{}", item.id);
        let (fr, nl) = (name("fr"), name("nl"));
        if !form.holds(&fr) && !form.holds(&nl) {
            continue;
        }
        let (fr_typed, nl_typed) = (
            if form.holds(&fr) {
                form.get(&fr)
            } else {
                &item.notes_fr
            },
            if form.holds(&nl) {
                form.get(&nl)
            } else {
                &item.notes_nl
            },
        );
        match fields::bilingual(fr_typed, nl_typed, limits::PAGE, false) {
            Ok((typed_fr, typed_nl)) => {
                if typed_fr != item.notes_fr || typed_nl != item.notes_nl {
                    changes.notes.push((item.id, typed_fr, typed_nl));
                }
            }
            Err((which, key)) => errors.add_row(
                match which {
                    fields::Which::Fr => fr,
                    fields::Which::Nl => nl,
                },
                key,
            ),
        }
    }
    for decision in stored
        .decisions
        .iter()
        .filter(|d| d.takes_effect_at.is_none())
    {
        if form.checked(&format!("remove_decision_{}", decision.id)) {
            changes.removed_decisions.push(decision.id);
            continue;
        }
        let name = format!("decision_{}", decision.id);
        if !form.holds(&name) {
            continue;
        }
        match fields::required(form.get(&name), limits::TEXT) {
            Ok(text) if text != decision.text => changes.decisions.push((decision.id, text)),
            Ok(_) => {}
            Err(key) => errors.add_row(name, key),
        }
    }
    for item in sections(stored.items) {
        let name = format!("new_decision_{}", item.unwrap_or(0));
        let replaces = format!("{name}_supersedes");
        let supersedes = match form.get(&replaces) {
            "" => Some(None),
            chosen => {
                let found = stored
                    .in_force
                    .iter()
                    .find(|d| chosen.parse() == Ok(d.id))
                    .map(|d| Some(d.id));
                if found.is_none() {
                    errors.add_row(replaces, "error-choice-invalid");
                }
                found
            }
        };
        match (fields::optional(form.get(&name), limits::TEXT), supersedes) {
            (Ok(text), Some(Some(_))) if text.is_empty() => errors.add_row(name, "error-required"),
            (Ok(text), _) if text.is_empty() => {}
            (Ok(text), Some(supersedes)) => changes.new_decisions.push((item, text, supersedes)),
            (Ok(_), None) => {}
            (Err(key), _) => errors.add_row(name, key),
        }
    }
    for action in stored.actions {
        if form.checked(&format!("remove_action_{}", action.id)) {
            changes.removed_actions.push(action.id);
            continue;
        }
        let prefix = format!("action_{}", action.id);
        if !form.holds(&format!("{prefix}_description")) {
            continue;
        }
        if let Some(read) = read_action(form, &prefix, action.item_id, stored.owners, &mut errors) {
            let as_stored = NewAction {
                item_id: action.item_id,
                description: action.description.clone(),
                owner: stored_owner(action, stored.owners),
                due_on: action.due_on,
            };
            match read {
                Some(now) if now != as_stored => changes.actions.push((action.id, now)),
                Some(_) => {}
                // Emptied: an action keeps what it says; removing it is the box beside it.
                None => errors.add_row(format!("{prefix}_description"), "error-required"),
            }
        }
    }
    for item in sections(stored.items) {
        let prefix = format!("new_action_{}", item.unwrap_or(0));
        if let Some(Some(new)) = read_action(form, &prefix, item, stored.owners, &mut errors) {
            changes.new_actions.push(new);
        }
    }
    if errors.is_empty() {
        Ok(changes)
    } else {
        Err(errors)
    }
}

/// The items things are recorded under, and `None` for what belongs to none.
fn sections(items: &[Item]) -> impl Iterator<Item = Option<i64>> + '_ {
    items
        .iter()
        .map(|i| Some(i.id))
        .chain(std::iter::once(None))
}

/// Who owns a stored action, as the form shows it.
pub fn stored_owner(action: &ActionRow, owners: &[OwnerChoice]) -> Owner {
    owners
        .iter()
        .find(|o| {
            !action.owner_email.is_empty() && o.email.eq_ignore_ascii_case(&action.owner_email)
        })
        .map(|o| Owner::Person(o.clone()))
        .unwrap_or_else(|| Owner::Named(action.owner.clone()))
}

/// One action's fields under `prefix`: `Some(None)` when all are empty, `None` when refused (the
/// errors say why).
fn read_action(
    form: &FormValues,
    prefix: &str,
    item_id: Option<i64>,
    owners: &[OwnerChoice],
    errors: &mut FieldErrors,
) -> Option<Option<NewAction>> {
    let field = |part: &str| format!("{prefix}_{part}");
    let typed = |part: &str| form.get(&field(part)).trim().to_string();
    if ["description", "owner", "owner_name", "due_on"]
        .iter()
        .all(|part| typed(part).is_empty())
    {
        return Some(None);
    }
    let before = errors.clone();
    let description = fields::required(form.get(&field("description")), limits::LINE)
        .map_err(|key| errors.add_row(field("description"), key))
        .ok();
    let chosen = typed("owner");
    let owner = if chosen.is_empty() {
        fields::required(form.get(&field("owner_name")), limits::NAME)
            .map(Owner::Named)
            .map_err(|key| errors.add_row(field("owner_name"), key))
            .ok()
    } else {
        let person = owners
            .iter()
            .find(|o| o.email.eq_ignore_ascii_case(&chosen));
        if person.is_none() {
            errors.add_row(field("owner"), "error-choice-invalid");
        }
        person.map(|p| Owner::Person(p.clone()))
    };
    let due_on = match typed("due_on").as_str() {
        "" => Some(None),
        day => fields::date(day)
            .map(Some)
            .map_err(|key| errors.add_row(field("due_on"), key))
            .ok(),
    };
    if *errors != before {
        return None;
    }
    Some(Some(NewAction {
        item_id,
        description: description?,
        owner: owner?,
        due_on: due_on?,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::meetings::store::agenda::{ItemKind, ItemStatus};
    use crate::features::meetings::store::minutes::ActionStatus;

    fn item(id: i64) -> Item {
        Item {
            id,
            position: id,
            title_fr: format!("Point {id}"),
            title_nl: String::new(),
            description_fr: String::new(),
            description_nl: String::new(),
            kind: ItemKind::Discussion,
            duration_minutes: 15,
            presenter: String::new(),
            status: ItemStatus::Accepted,
            reason: String::new(),
            notes_fr: "Déjà noté".into(),
            notes_nl: String::new(),
            proposer: None,
            proposed_by: None,
            follow_up: false,
        }
    }

    fn ines() -> OwnerChoice {
        OwnerChoice {
            name: "Inès Martin".into(),
            email: "ines@example.be".into(),
            lang: "fr".into(),
        }
    }

    fn form(pairs: &[(&str, &str)]) -> FormValues {
        FormValues(
            pairs
                .iter()
                .map(|(n, v)| (n.to_string(), v.to_string()))
                .collect(),
        )
    }

    fn decision(id: i64, text: &str) -> Decision {
        Decision {
            id,
            number: id,
            text: text.into(),
            item_id: Some(1),
            subject_kind: None,
            subject_id: None,
            outcome: String::new(),
            reason: String::new(),
            takes_effect_at: None,
            supersedes: None,
        }
    }

    #[test]
    fn notes_decisions_and_actions_come_in_one_submission() {
        let items = [item(1)];
        let decisions = [decision(7, "Écrire au CPAS")];
        let owners = [ines()];
        let stored = Stored {
            items: &items,
            decisions: &decisions,
            actions: &[],
            owners: &owners,
            in_force: &[],
        };
        let changes = read(
            &form(&[
                ("notes_fr_1", "Notes nouvelles"),
                ("notes_nl_1", ""),
                ("decision_7", "Écrire au CPAS et à la commune"),
                ("new_decision_1", "Une seconde décision"),
                ("new_action_1_description", "Préparer le courrier"),
                ("new_action_1_owner", "INES@example.be"),
                ("new_action_1_due_on", "2027-03-15"),
                ("new_action_0_description", ""),
            ]),
            &stored,
        )
        .unwrap();
        assert_eq!(
            changes.notes,
            vec![(1, "Notes nouvelles".into(), String::new())]
        );
        assert_eq!(
            changes.decisions,
            vec![(7, "Écrire au CPAS et à la commune".into())]
        );
        assert_eq!(
            changes.new_decisions,
            vec![(Some(1), "Une seconde décision".into(), None)]
        );
        assert_eq!(changes.new_actions.len(), 1);
        assert_eq!(changes.new_actions[0].owner, Owner::Person(ines()));
        assert_eq!(changes.new_actions[0].item_id, Some(1));
    }

    #[test]
    fn a_refused_field_is_named_and_nothing_is_kept() {
        let items = [item(1)];
        let stored = Stored {
            items: &items,
            decisions: &[decision(7, "Texte")],
            actions: &[],
            owners: &[ines()],
            in_force: &[],
        };
        let errors = read(
            &form(&[
                ("notes_fr_1", "Déjà noté"),
                ("decision_7", "  "),
                ("new_action_1_description", "Sans responsable"),
                ("new_action_1_owner", "quelquun@ailleurs.be"),
                ("new_action_1_due_on", "demain"),
            ]),
            &stored,
        )
        .unwrap_err();
        assert!(errors.has("decision_7"));
        assert!(errors.has("new_action_1_owner"));
        assert!(errors.has("new_action_1_due_on"));
        assert!(!errors.has("new_action_1_description"));
    }

    #[test]
    fn an_unchanged_action_and_a_removed_one_are_told_apart() {
        let items = [item(1)];
        let action = |id: i64| ActionRow {
            id,
            meeting_id: 1,
            item_id: Some(1),
            description: "Appeler".into(),
            owner: "Quelqu'un d'autre".into(),
            owner_email: String::new(),
            due_on: None,
            status: ActionStatus::Open,
        };
        let actions = [action(3), action(4)];
        let stored = Stored {
            items: &items,
            decisions: &[],
            actions: &actions,
            owners: &[ines()],
            in_force: &[],
        };
        let changes = read(
            &form(&[
                ("notes_fr_1", "Déjà noté"),
                ("action_3_description", "Appeler"),
                ("action_3_owner", ""),
                ("action_3_owner_name", "Quelqu'un d'autre"),
                ("action_4_description", "Appeler"),
                ("action_4_owner_name", "Quelqu'un d'autre"),
                ("remove_action_4", "on"),
            ]),
            &stored,
        )
        .unwrap();
        assert!(changes.actions.is_empty());
        assert_eq!(changes.removed_actions, vec![4]);
        assert!(changes.beyond_notes());
    }
}

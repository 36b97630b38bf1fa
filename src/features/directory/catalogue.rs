//! A coordination's social map as its public search reads it, in memory beside the search
//! engine's index and replaced with it when the coordination's content changes
//! (`platform::search`): a map search filters, counts its facets, sorts, pages and fills its result
//! cards without a query to the database, the same on both backends.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Utc};
use chrono_tz::Europe::Brussels;

use super::hours;
use super::store::search::{Card, CatalogueRows, FacetCounts, Hit, Results, SearchParams};
use super::store::{Closure, Phone, Schedule, ServiceStatus, Theme};
use crate::domain::Lang;
use crate::platform::collation;
use crate::platform::search::{ServiceDoc, Texts};

/// One public service with all a search and its result card read.
struct Listing {
    hit: Hit,
    last_verified_at: Option<DateTime<Utc>>,
    /// Collation keys of its French and Dutch names: sorting by name is then a comparison of
    /// bytes, in the reader's order ("École" among the E's).
    sort_fr: String,
    sort_nl: String,
    themes: Vec<Theme>,
    targets: Vec<String>,
    languages: Vec<String>,
    /// The municipalities of its places, and the care basins they are in.
    municipalities: Vec<String>,
    basins: Vec<String>,
    /// Its first place: street (FR, NL), postcode, municipality (FR, NL).
    address: Option<(String, String, String, String, String)>,
    schedules: Vec<Schedule>,
    closures: Vec<Closure>,
    phone: Option<Phone>,
    /// Eligibility, in French and Dutch: found by the engine, not shown on a card.
    eligibility: (String, String),
}

impl Listing {
    /// What its name sorts by for a reader of `lang` (French for English readers).
    fn name_key(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nl => &self.sort_nl,
            _ => &self.sort_fr,
        }
    }
}

/// A coordination's public services.
#[derive(Default)]
pub struct Catalogue {
    listings: Vec<Listing>,
}

fn push_unique(list: &mut Vec<String>, value: &str) {
    if !list.iter().any(|v| v == value) {
        list.push(value.to_string());
    }
}

impl Catalogue {
    pub fn new(rows: CatalogueRows) -> Catalogue {
        let mut basins_of: HashMap<String, Vec<String>> = HashMap::new();
        for (nis, basin) in rows.basins {
            basins_of.entry(nis).or_default().push(basin);
        }
        let mut listings: Vec<Listing> = rows
            .services
            .into_iter()
            .map(
                |(hit, last_verified_at, eligibility_fr, eligibility_nl)| Listing {
                    sort_fr: collation::sort_key(Lang::Fr, &hit.name_fr),
                    sort_nl: collation::sort_key(Lang::Nl, &hit.name_nl),
                    hit,
                    last_verified_at,
                    themes: Vec::new(),
                    targets: Vec::new(),
                    languages: Vec::new(),
                    municipalities: Vec::new(),
                    basins: Vec::new(),
                    address: None,
                    schedules: Vec::new(),
                    closures: Vec::new(),
                    phone: None,
                    eligibility: (eligibility_fr, eligibility_nl),
                },
            )
            .collect();
        let at: HashMap<i64, usize> = listings
            .iter()
            .enumerate()
            .map(|(n, l)| (l.hit.id, n))
            .collect();
        let of = |id: i64| at.get(&id).copied();
        for (id, theme) in rows.themes {
            if let Some(n) = of(id) {
                listings[n].themes.push(theme);
            }
        }
        for (id, target) in rows.targets {
            if let Some(n) = of(id) {
                push_unique(&mut listings[n].targets, &target);
            }
        }
        for (id, language) in rows.languages {
            if let Some(n) = of(id) {
                push_unique(&mut listings[n].languages, &language);
            }
        }
        for (id, street_fr, street_nl, postcode, nis, municipality_fr, municipality_nl) in
            rows.places
        {
            let Some(n) = of(id) else { continue };
            let listing = &mut listings[n];
            push_unique(&mut listing.municipalities, &nis);
            for basin in basins_of.get(&nis).into_iter().flatten() {
                push_unique(&mut listing.basins, basin);
            }
            if listing.address.is_none() {
                listing.address = Some((
                    street_fr,
                    street_nl,
                    postcode,
                    municipality_fr,
                    municipality_nl,
                ));
            }
        }
        for (id, schedule) in rows.schedules {
            if let Some(n) = of(id) {
                listings[n].schedules.push(schedule);
            }
        }
        for (id, closure) in rows.closures {
            if let Some(n) = of(id) {
                listings[n].closures.push(closure);
            }
        }
        // A service's own number first, else its organisation's.
        let mut organization_phones: HashMap<i64, Phone> = HashMap::new();
        for (service, organization, phone) in rows.phones {
            match (service, organization) {
                (Some(id), _) => {
                    if let Some(n) = of(id) {
                        listings[n].phone.get_or_insert(phone);
                    }
                }
                (None, Some(organization)) => {
                    organization_phones.entry(organization).or_insert(phone);
                }
                (None, None) => {}
            }
        }
        for listing in &mut listings {
            if listing.phone.is_none() {
                listing.phone = organization_phones
                    .get(&listing.hit.organization_id)
                    .cloned();
            }
        }
        Catalogue { listings }
    }

    /// How many public services it holds.
    pub fn len(&self) -> usize {
        self.listings.len()
    }

    pub fn is_empty(&self) -> bool {
        self.listings.is_empty()
    }

    /// The services as the search engine indexes them (`target` names a group in a language).
    pub fn documents(
        &self,
        coordination: i64,
        target: impl Fn(Lang, &str) -> String,
    ) -> Vec<ServiceDoc> {
        self.listings
            .iter()
            .map(|l| {
                let texts = |lang: Lang| {
                    let mut topics = String::new();
                    for theme in &l.themes {
                        topics.push_str(theme.name(lang));
                        topics.push_str(". ");
                    }
                    for group in &l.targets {
                        topics.push_str(&target(lang, group));
                        topics.push_str(". ");
                    }
                    let h = &l.hit;
                    Texts {
                        name: lang.pick(&h.name_fr, &h.name_nl).to_string(),
                        organization: lang
                            .pick(&h.organization_fr, &h.organization_nl)
                            .to_string(),
                        topics,
                        description: format!(
                            "{}\n{}",
                            lang.pick(&h.description_fr, &h.description_nl),
                            lang.pick(&l.eligibility.0, &l.eligibility.1)
                        ),
                    }
                };
                ServiceDoc {
                    id: l.hit.id as u64,
                    coordination: coordination as u64,
                    fr: texts(Lang::Fr),
                    nl: texts(Lang::Nl),
                }
            })
            .collect()
    }

    /// A page of a map search. `found` is what the engine found for the words, best first
    /// (`None` when the reader typed none): the filters keep its order.
    pub fn search(
        &self,
        params: &SearchParams,
        found: Option<&[i64]>,
        lang: Lang,
        now: DateTime<Utc>,
        limit: i64,
        offset: i64,
    ) -> Results {
        let filter = Filter::new(params, now);
        let mut kept: Vec<&Listing> = match found {
            Some(ids) => {
                let at: HashMap<i64, &Listing> =
                    self.listings.iter().map(|l| (l.hit.id, l)).collect();
                ids.iter()
                    .filter_map(|id| at.get(id).copied())
                    .filter(|l| filter.keeps(l))
                    .collect()
            }
            None => self.listings.iter().filter(|l| filter.keeps(l)).collect(),
        };
        match (found.is_some(), SearchParams::get(&params.sort)) {
            (true, None | Some("relevance")) => {}
            (_, Some("verified")) => kept.sort_by(|a, b| {
                // Most recently verified first; never verified last.
                b.last_verified_at
                    .is_some()
                    .cmp(&a.last_verified_at.is_some())
                    .then(b.last_verified_at.cmp(&a.last_verified_at))
                    .then_with(|| a.name_key(lang).cmp(b.name_key(lang)))
                    .then(a.hit.id.cmp(&b.hit.id))
            }),
            _ => kept.sort_by(|a, b| {
                a.name_key(lang)
                    .cmp(b.name_key(lang))
                    .then(a.hit.id.cmp(&b.hit.id))
            }),
        }
        let facet = |values: fn(&Listing) -> Vec<&str>| -> FacetCounts {
            let mut counts: BTreeMap<&str, i64> = BTreeMap::new();
            for listing in &kept {
                for value in values(listing) {
                    *counts.entry(value).or_default() += 1;
                }
            }
            let mut counts: FacetCounts = counts
                .into_iter()
                .map(|(value, n)| (value.to_string(), n))
                .collect();
            counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            counts
        };
        let themes = facet(|l| l.themes.iter().map(|t| t.code.as_str()).collect());
        let municipalities = facet(|l| l.municipalities.iter().map(String::as_str).collect());
        let basins = facet(|l| l.basins.iter().map(String::as_str).collect());
        let targets = facet(|l| l.targets.iter().map(String::as_str).collect());
        let languages = facet(|l| l.languages.iter().map(String::as_str).collect());
        let today = now.with_timezone(&Brussels).date_naive();
        let page: Vec<&Listing> = kept
            .iter()
            .skip(offset.max(0) as usize)
            .take(limit.max(0) as usize)
            .copied()
            .collect();
        Results {
            total: kept.len() as i64,
            hits: page.iter().map(|l| l.hit.clone()).collect(),
            cards: page
                .iter()
                .map(|l| Card {
                    address: l.address.clone(),
                    schedules: l.schedules.clone(),
                    closed_today: l
                        .closures
                        .iter()
                        .any(|c| c.starts_on <= today && today <= c.ends_on),
                    phone: l.phone.clone(),
                    themes: l.themes.clone(),
                })
                .collect(),
            themes,
            municipalities,
            basins,
            targets,
            languages,
        }
    }
}

/// The filters of a search but its words.
struct Filter<'a> {
    theme: Option<&'a str>,
    municipality: Option<&'a str>,
    basin: Option<&'a str>,
    target: Option<&'a str>,
    language: Option<&'a str>,
    open: Open,
    now: DateTime<Utc>,
}

enum Open {
    Any,
    Now,
    /// 1 (Monday) to 7.
    On(i64),
}

impl<'a> Filter<'a> {
    fn new(params: &'a SearchParams, now: DateTime<Utc>) -> Filter<'a> {
        let open = match SearchParams::get(&params.open) {
            Some("now") => Open::Now,
            Some(day) => match day.parse::<i64>() {
                Ok(day @ 1..=7) => Open::On(day),
                // Anything else is no filter, as a link from an old page would mean.
                _ => Open::Any,
            },
            None => Open::Any,
        };
        Filter {
            theme: SearchParams::get(&params.theme),
            municipality: SearchParams::get(&params.municipality),
            basin: SearchParams::get(&params.basin),
            target: SearchParams::get(&params.target),
            language: SearchParams::get(&params.language),
            open,
            now,
        }
    }

    fn keeps(&self, l: &Listing) -> bool {
        let has = |wanted: Option<&str>, values: &[String]| {
            wanted.is_none_or(|w| values.iter().any(|v| v == w))
        };
        self.theme
            .is_none_or(|code| l.themes.iter().any(|t| t.code == code))
            && has(self.municipality, &l.municipalities)
            && has(self.basin, &l.basins)
            && has(self.target, &l.targets)
            && has(self.language, &l.languages)
            && match self.open {
                Open::Any => true,
                Open::Now => {
                    l.hit.status == ServiceStatus::Active
                        && hours::is_open(&l.schedules, &l.closures, self.now)
                }
                Open::On(day) => l.schedules.iter().any(|s| s.weekday == day),
            }
    }
}

//! Page-number pagination with `?page=N`, keeping the other query parameters.

pub const PAGE_SIZE: i64 = 25;

#[derive(Clone, Debug)]
pub struct Pager {
    pub page: i64,
    pub total: i64,
    pub per_page: i64,
    base: String,
}

impl Pager {
    /// `page` as requested (clamped to the pages that exist), `total` rows, links built on `path`
    /// with `query` (the current query string, `page` removed).
    pub fn new(
        requested: Option<i64>,
        total: i64,
        per_page: i64,
        path: &str,
        query: &[(String, String)],
    ) -> Pager {
        let last = ((total + per_page - 1) / per_page).max(1);
        let page = requested.unwrap_or(1).clamp(1, last);
        let mut base = url::form_urlencoded::Serializer::new(String::new());
        for (k, v) in query.iter().filter(|(k, _)| k != "page") {
            base.append_pair(k, v);
        }
        let base = base.finish();
        let base = if base.is_empty() {
            format!("{path}?")
        } else {
            format!("{path}?{base}&")
        };
        Pager {
            page,
            total,
            per_page,
            base,
        }
    }

    pub fn offset(&self) -> i64 {
        (self.page - 1) * self.per_page
    }

    pub fn last(&self) -> i64 {
        ((self.total + self.per_page - 1) / self.per_page).max(1)
    }

    pub fn has_many(&self) -> bool {
        self.last() > 1
    }

    pub fn href(&self, page: impl super::Val<i64>) -> String {
        format!("{}page={}", self.base, page.val())
    }

    pub fn prev(&self) -> Option<i64> {
        (self.page > 1).then(|| self.page - 1)
    }

    pub fn next(&self) -> Option<i64> {
        (self.page < self.last()).then(|| self.page + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clamps_and_keeps_filters() {
        let q = vec![
            ("event".to_string(), "login failed".to_string()),
            ("page".to_string(), "9".to_string()),
        ];
        let p = Pager::new(Some(9), 51, 25, "/fr/x/audit", &q);
        assert_eq!((p.page, p.last(), p.offset()), (3, 3, 50));
        assert_eq!(p.href(2), "/fr/x/audit?event=login+failed&page=2");
        assert_eq!((p.prev(), p.next()), (Some(2), None));
        assert_eq!(Pager::new(Some(0), 0, 25, "/a", &[]).page, 1);
    }
}

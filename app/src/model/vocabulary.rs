//! The record's vocabulary, in one place for the server and the front end: focus areas,
//! decisions, session parts and sources. Each has the machine name the database and the API
//! carry (`as_str`), its words for people (`label`), and whatever rule belongs to the word
//! itself (a decision that ends an application, the order of a year's two sessions). Rows
//! keep the machine names as text; these types are how code reads and compares them.

use serde::{Deserialize, Serialize};

/// Defines an enum of machine names with `ALL`, `as_str` and `parse`.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
        #[serde(rename_all = "snake_case")]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
        }

        impl $name {
            /// Every value, in the order pages list them.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The machine name, as stored and as the API carries it.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)+
                }
            }

            /// The value of a machine name; `None` for a name not in the vocabulary.
            pub fn parse(text: &str) -> Option<Self> {
                match text {
                    $($text => Some($name::$variant),)+
                    _ => None,
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

vocabulary! {
    /// An NGO's focus area (see measures.md): the four the rules assign, and "other" when
    /// none applies.
    FocusArea {
        Women = "women",
        Lgbti = "lgbti",
        Minority = "minority",
        HumanRights = "human_rights",
        Other = "other",
    }
}

impl FocusArea {
    /// Its name in a table or a legend.
    pub const fn label(self) -> &'static str {
        match self {
            FocusArea::Women => "Women's rights",
            FocusArea::Lgbti => "LGBTI rights",
            FocusArea::Minority => "Minority rights",
            FocusArea::HumanRights => "Human rights (general)",
            FocusArea::Other => "None of these",
        }
    }

    /// Its name inside a sentence ("NGOs working on ...").
    pub const fn phrase(self) -> &'static str {
        match self {
            FocusArea::Women => "women's rights",
            FocusArea::Lgbti => "LGBTI rights",
            FocusArea::Minority => "minority rights",
            FocusArea::HumanRights => "human rights in general",
            FocusArea::Other => "none of the four focus areas",
        }
    }

    /// Its colour in every chart (Okabe–Ito, safe for the common colour-vision
    /// deficiencies), as red, green, blue.
    pub const fn colour(self) -> (u8, u8, u8) {
        match self {
            FocusArea::Women => (0xCC, 0x79, 0xA7),
            FocusArea::Lgbti => (0xE6, 0x9F, 0x00),
            FocusArea::Minority => (0x00, 0x9E, 0x73),
            FocusArea::HumanRights => (0x00, 0x72, 0xB2),
            FocusArea::Other => (0x99, 0x99, 0x99),
        }
    }
}

vocabulary! {
    /// What the Committee decided about an application at one session, as the reports and
    /// the releases state it.
    Decision {
        Recommended = "recommended",
        RecommendedSpecial = "recommended_special",
        RecommendedGeneral = "recommended_general",
        RecommendedRoster = "recommended_roster",
        Deferred = "deferred",
        Closed = "closed",
        Rejected = "rejected",
        Withdrawn = "withdrawn",
        Reclassified = "reclassified",
        QuadrennialNoted = "quadrennial_noted",
    }
}

impl Decision {
    /// Its name in a table.
    pub const fn label(self) -> &'static str {
        match self {
            Decision::Recommended => "Recommended",
            Decision::RecommendedSpecial => "Recommended (special status)",
            Decision::RecommendedGeneral => "Recommended (general status)",
            Decision::RecommendedRoster => "Recommended (roster)",
            Decision::Deferred => "Deferred",
            Decision::Closed => "Closed (no response)",
            Decision::Rejected => "Rejected",
            Decision::Withdrawn => "Withdrawn",
            Decision::Reclassified => "Reclassified",
            Decision::QuadrennialNoted => "Quadrennial report noted",
        }
    }

    /// A recommendation for consultative status, of any category.
    pub const fn is_recommendation(self) -> bool {
        matches!(
            self,
            Decision::Recommended
                | Decision::RecommendedSpecial
                | Decision::RecommendedGeneral
                | Decision::RecommendedRoster
        )
    }

    /// Whether the decision ends the application: a recommendation, a closure, a rejection,
    /// a withdrawal or a reclassification. A deferral does not, nor does noting a report.
    pub const fn is_final(self) -> bool {
        self.is_recommendation()
            || matches!(
                self,
                Decision::Closed
                    | Decision::Rejected
                    | Decision::Withdrawn
                    | Decision::Reclassified
            )
    }
}

/// Whether a stored decision ends its application ([`Decision::is_final`]); a name not in
/// the vocabulary does not.
pub fn is_final_decision(decision: &str) -> bool {
    Decision::parse(decision).is_some_and(Decision::is_final)
}

vocabulary! {
    /// One of the Committee's two sessions a year: the regular one (January–February) and
    /// the resumed one (May–June).
    SessionPart {
        Regular = "regular",
        Resumed = "resumed",
    }
}

impl SessionPart {
    /// Where the part falls within its year: 0 for the regular session, 1 for the resumed.
    pub const fn order(self) -> u8 {
        match self {
            SessionPart::Regular => 0,
            SessionPart::Resumed => 1,
        }
    }

    /// The part at `order` ([`SessionPart::order`]): 0 is the regular session, any other the
    /// resumed one.
    pub const fn from_order(order: u8) -> Self {
        if order == 0 {
            SessionPart::Regular
        } else {
            SessionPart::Resumed
        }
    }

    /// The part of a stored session. The schema allows only the two names (a `check`), so
    /// anything else is a broken database, reported as a decoding error.
    pub fn stored(text: &str) -> Result<Self, String> {
        SessionPart::parse(text).ok_or_else(|| format!("unknown session part {text:?}"))
    }
}

vocabulary! {
    /// Where a record comes from.
    Source {
        /// Steinert's coding of the Committee's reports.
        Steinert = "steinert",
        /// A UN press release (press.un.org).
        PressRelease = "press_release",
        /// The NGO's public profile in the UN's esango database.
        Esango = "esango",
        /// Records the tests insert (marked as test data).
        Test = "test",
    }
}

impl Source {
    /// Its short name, for table cells.
    pub const fn short_label(self) -> &'static str {
        match self {
            Source::Steinert => "Reports",
            Source::PressRelease => "Press release",
            Source::Esango => "esango",
            Source::Test => "Test data",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_machine_name_reads_back() {
        for area in FocusArea::ALL {
            assert_eq!(FocusArea::parse(area.as_str()), Some(*area));
        }
        for decision in Decision::ALL {
            assert_eq!(Decision::parse(decision.as_str()), Some(*decision));
        }
        for part in SessionPart::ALL {
            assert_eq!(SessionPart::parse(part.as_str()), Some(*part));
        }
        for source in Source::ALL {
            assert_eq!(Source::parse(source.as_str()), Some(*source));
        }
        assert_eq!(FocusArea::parse("Women"), None);
        assert_eq!(SessionPart::parse("special"), None);
    }

    #[test]
    fn serde_carries_the_machine_names() {
        let json =
            serde_json::to_string(&[FocusArea::HumanRights, FocusArea::Lgbti]).expect("serialises");
        assert_eq!(json, r#"["human_rights","lgbti"]"#);
        let json = serde_json::to_string(&Decision::RecommendedSpecial).expect("serialises");
        assert_eq!(json, r#""recommended_special""#);
        let part: SessionPart = serde_json::from_str(r#""resumed""#).expect("reads");
        assert_eq!(part, SessionPart::Resumed);
    }

    #[test]
    fn final_decisions_end_an_application_and_deferral_does_not() {
        let finals: Vec<&str> = Decision::ALL
            .iter()
            .filter(|d| d.is_final())
            .map(|d| d.as_str())
            .collect();
        assert_eq!(
            finals,
            [
                "recommended",
                "recommended_special",
                "recommended_general",
                "recommended_roster",
                "closed",
                "rejected",
                "withdrawn",
                "reclassified"
            ]
        );
        assert!(!is_final_decision("deferred"));
        assert!(!is_final_decision("quadrennial_noted"));
        assert!(!is_final_decision("something else"));
    }

    #[test]
    fn the_regular_session_comes_first_in_a_year() {
        assert!(SessionPart::Regular < SessionPart::Resumed);
        assert_eq!(SessionPart::Resumed.order(), 1);
        assert!(SessionPart::stored("special").is_err());
    }
}

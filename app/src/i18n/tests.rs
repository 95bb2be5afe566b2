//! The catalogues against each other and against the Fluent project's own runtime.

use std::collections::BTreeSet;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

use super::*;

fn langid(lang: Lang) -> LanguageIdentifier {
    lang.code().parse().expect("a valid language tag")
}

/// Every catalogue parses with no entry the parser could not read (Fluent keeps going past
/// an error and calls it "junk"; here it is a failure).
#[test]
fn every_catalogue_parses_whole() {
    for (lang, source) in SOURCES {
        let junk: Vec<String> = match fluent_syntax::parser::parse(source) {
            Ok(_) => vec![],
            Err((_, errors)) => errors.iter().map(|e| format!("{e:?}")).collect(),
        };
        assert!(junk.is_empty(), "{}.ftl: {junk:#?}", lang.code());
        parse_catalogue(lang, source).unwrap_or_else(|e| panic!("{}.ftl: {e}", lang.code()));
    }
}

/// The variables a pattern uses, in selectors and variants too.
fn variables(pattern: &[Part], out: &mut BTreeSet<String>) {
    for part in pattern {
        match part {
            Part::Text(_) => {}
            Part::Var(name) => {
                out.insert(name.clone());
            }
            Part::Select(name, variants) => {
                out.insert(name.clone());
                for (_, _, p) in variants {
                    variables(p, out);
                }
            }
        }
    }
}

/// A catalogue that lacks a key another has, or has one the others lack, or a message that
/// drops or invents a variable, fails here: names them all.
#[test]
fn every_catalogue_has_the_same_keys_and_variables() {
    let parsed: Vec<Catalogue> = SOURCES
        .iter()
        .map(|(lang, source)| parse_catalogue(*lang, source).expect("parses"))
        .collect();
    let english = &parsed[2];
    let keys = |c: &Catalogue| {
        c.iter()
            .map(|(k, _)| k.to_string())
            .collect::<BTreeSet<_>>()
    };
    let mut problems = Vec::new();
    for catalogue in &parsed {
        let code = catalogue.lang.code();
        for missing in keys(english).difference(&keys(catalogue)) {
            problems.push(format!("{code}.ftl lacks {missing}"));
        }
        for extra in keys(catalogue).difference(&keys(english)) {
            problems.push(format!("{code}.ftl has {extra}, which en.ftl lacks"));
        }
        for (key, pattern) in catalogue.iter() {
            let Some(reference) = english.get(key) else {
                continue;
            };
            let (mut ours, mut theirs) = (BTreeSet::new(), BTreeSet::new());
            variables(pattern, &mut ours);
            variables(reference, &mut theirs);
            // A language may choose by a number the English does not choose by, but it
            // must print what the English prints.
            if !theirs.is_subset(&ours) || !ours.is_subset(&theirs) {
                problems.push(format!(
                    "{code}.ftl {key}: variables {ours:?}, en {theirs:?}"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

/// CLDR's own samples of each category (`@integer` in CLDR's plurals.xml), above 100 too.
#[test]
fn plural_categories_follow_cldr_s_samples() {
    let samples: [(Lang, &str, &[i64]); 15] = [
        (Lang::Ar, "zero", &[0]),
        (Lang::Ar, "one", &[1]),
        (Lang::Ar, "two", &[2]),
        (Lang::Ar, "few", &[3, 10, 103, 110, 1003]),
        (Lang::Ar, "many", &[11, 26, 111, 1011]),
        (
            Lang::Ar,
            "other",
            &[100, 102, 200, 202, 600, 1000, 10_000, 1_000_000],
        ),
        (Lang::Fr, "one", &[0, 1]),
        (Lang::Fr, "many", &[1_000_000, 2_000_000]),
        (Lang::Fr, "other", &[2, 17, 100, 1000, 100_000]),
        (Lang::Es, "one", &[1]),
        (Lang::Es, "many", &[1_000_000]),
        (Lang::Es, "other", &[0, 2, 16, 100, 1000, 100_000]),
        (Lang::Ru, "one", &[1, 21, 31, 101, 1001]),
        (Lang::Ru, "few", &[2, 4, 22, 24, 62, 102, 1002]),
        (Lang::Ru, "many", &[0, 5, 19, 11, 14, 100, 1000, 1_000_000]),
    ];
    for (lang, category, numbers) in samples {
        for n in numbers {
            assert_eq!(lang.plural(*n), category, "{} {n}", lang.code());
        }
    }
    assert_eq!(Lang::En.plural(1), "one");
    assert_eq!(Lang::En.plural(0), "other");
    assert_eq!(Lang::Zh.plural(1), "other");
}

/// Below 100 the Fluent project's plural rules (`intl_pluralrules`) agree with ours for every
/// number. Above, its Arabic rules call 103 "other" where CLDR's samples say "few", so the
/// samples above are the reference there.
#[test]
fn plural_categories_agree_with_intl_pluralrules_below_100() {
    for lang in Lang::ALL {
        let rules = PluralRules::create(langid(lang), PluralRuleType::CARDINAL).expect("rules");
        for n in 0..100 {
            let expected = match rules.select(n as u64).expect("selects") {
                PluralCategory::ZERO => "zero",
                PluralCategory::ONE => "one",
                PluralCategory::TWO => "two",
                PluralCategory::FEW => "few",
                PluralCategory::MANY => "many",
                PluralCategory::OTHER => "other",
            };
            assert_eq!(lang.plural(n), expected, "{} {n}", lang.code());
        }
    }
}

/// The variables a pattern chooses its variants by.
fn selectors(pattern: &[Part], out: &mut BTreeSet<String>) {
    for part in pattern {
        if let Part::Select(name, variants) = part {
            out.insert(name.clone());
            for (_, _, p) in variants {
                selectors(p, out);
            }
        }
    }
}

/// The arguments every message is tried with: each integer variable at numbers that reach
/// every plural category (below 100, where Fluent's plural rules are CLDR's and it prints a
/// number as we do), text as text.
fn argument_sets(pattern: &[Part]) -> Vec<Vec<(String, Arg)>> {
    let mut names = BTreeSet::new();
    variables(pattern, &mut names);
    // A variable a message chooses by is a number (but `at_least`, chosen by yes or no).
    let mut chosen_by = BTreeSet::new();
    selectors(pattern, &mut chosen_by);
    [0, 1, 2, 3, 5, 11, 21, 22, 99]
        .into_iter()
        .flat_map(|n| [(n, "yes"), (n, "no")])
        .map(|(n, text)| {
            names
                .iter()
                .map(|name| {
                    let arg = match name.as_str() {
                        "at_least" => Arg::Text(text.into()),
                        "n" | "sessions" | "years" | "seq" | "year" | "first" | "last" | "from"
                        | "to" => Arg::Int(n),
                        other if chosen_by.contains(other) => Arg::Int(n),
                        other => Arg::Text(format!("<{other}>")),
                    };
                    (name.clone(), arg)
                })
                .collect()
        })
        .collect()
}

/// The evaluator the pages use writes every message of every catalogue as Fluent's own
/// runtime does, for numbers in every plural category.
#[test]
fn messages_read_as_fluent_bundle_reads_them() {
    for (lang, source) in SOURCES {
        let resource = FluentResource::try_new(source.to_string()).expect("parses");
        let mut bundle = FluentBundle::new(vec![langid(lang)]);
        bundle.set_use_isolating(false);
        bundle.add_resource(resource).expect("no duplicate keys");
        let ours = parse_catalogue(lang, source).expect("parses");
        for (key, pattern) in ours.iter() {
            let message = bundle.get_message(key).expect("in the bundle");
            for set in argument_sets(pattern) {
                let mut args = FluentArgs::new();
                for (name, arg) in &set {
                    match arg {
                        Arg::Int(n) => args.set(name.clone(), *n),
                        Arg::Text(text) | Arg::Number(text) => args.set(name.clone(), text.clone()),
                    }
                }
                let mut errors = vec![];
                let theirs = bundle
                    .format_pattern(message.value().expect("a value"), Some(&args), &mut errors)
                    .to_string();
                assert!(errors.is_empty(), "{}.ftl {key}: {errors:?}", lang.code());
                let set: Vec<(&str, Arg)> =
                    set.iter().map(|(n, a)| (n.as_str(), a.clone())).collect();
                // Arabic isolates Latin text placeables (see `Catalogue::write`).
                let written = ours.format(key, &set).replace(['\u{2068}', '\u{2069}'], "");
                assert_eq!(written, theirs, "{}.ftl {key}", lang.code());
            }
        }
    }
}

#[test]
fn numbers_are_written_as_each_locale_writes_them() {
    let cases = [
        (Lang::En, "12,345", "1,234.50", "48%"),
        (Lang::Fr, "12\u{202f}345", "1\u{202f}234,50", "48\u{202f}%"),
        (Lang::Es, "12.345", "1234,50", "48\u{a0}%"),
        (Lang::Ru, "12\u{a0}345", "1\u{a0}234,50", "48\u{a0}%"),
        (Lang::Ar, "12,345", "1,234.50", "48%"),
        (Lang::Zh, "12,345", "1,234.50", "48%"),
    ];
    for (lang, int, decimal, percent) in cases {
        assert_eq!(lang.int(12_345), int);
        assert_eq!(lang.decimal(1234.5, 2), decimal);
        assert_eq!(lang.percent(0.478), percent);
    }
    assert_eq!(Lang::En.int(-1_234_567), "-1,234,567");
    assert_eq!(Lang::Es.int(1234), "1234");
    // Whole percent rounded half to even, as `{:.0}` does: 12.5 → 12, 13.5 → 14.
    assert_eq!(Lang::En.percent(0.125), "12%");
    assert_eq!(
        Lang::En.percent(0.135),
        format!("{:.0}%", 0.135_f64 * 100.0)
    );
    assert_eq!(Lang::En.percent(0.994), "99%");
    assert_eq!(Lang::En.percent(0.0), "0%");
    for i in 0..=20_000 {
        let share = f64::from(i) / 20_000.0;
        assert_eq!(
            Lang::En.percent(share),
            format!("{:.0}%", share * 100.0),
            "{share}"
        );
    }
    assert_eq!(Lang::En.decimal(-0.001, 2), "0.00");
    assert_eq!(Lang::Fr.decimal(0.75, 2), "0,75");
}

#[test]
fn the_browser_s_languages_choose_the_page_s() {
    assert_eq!(Lang::negotiate("fr-CH, fr;q=0.9, en;q=0.8"), Lang::Fr);
    assert_eq!(
        Lang::negotiate("de-DE,de;q=0.9,ru;q=0.5,en;q=0.4"),
        Lang::Ru
    );
    assert_eq!(Lang::negotiate("en;q=0.5, ar-EG"), Lang::Ar);
    assert_eq!(Lang::negotiate("zh-Hant-TW"), Lang::Zh);
    assert_eq!(Lang::negotiate("es;q=0, de"), Lang::En);
    assert_eq!(Lang::negotiate(""), Lang::En);
    assert_eq!(Lang::negotiate("*"), Lang::En);
    assert_eq!(Lang::negotiate("fr;q=abc"), Lang::En);
}

/// Arabic-Indic digits change the numbers the app formats (counts, percentages, years) and
/// nothing else; the address keeps the choice.
#[test]
fn arabic_indic_digits_are_offered_in_the_address() {
    let locale = Locale::parse("ar-u-nu-arab").expect("a locale");
    assert_eq!(
        (locale.lang, locale.digits),
        (Lang::Ar, Digits::ArabicIndic)
    );
    assert_eq!(Locale::of_path("/ar-u-nu-arab/sessions"), Some(locale));
    assert_eq!(Lang::of_path("/ar-u-nu-arab"), Some(Lang::Ar));
    assert_eq!(Locale::of(Lang::Ar).other_digits(), Some(locale));
    assert_eq!(locale.other_digits(), Some(Locale::of(Lang::Ar)));
    assert_eq!(Locale::of(Lang::Fr).other_digits(), None);
    assert_eq!(
        Locale::parse("fr-u-nu-arab"),
        None,
        "only Arabic offers them"
    );
    assert_eq!(Locale::negotiate("ar-EG-u-nu-arab,en;q=0.8"), locale);
    assert_eq!(Locale::negotiate("ar-EG,en;q=0.8"), Locale::of(Lang::Ar));
    assert_eq!(
        Locale::negotiate("en, ar-u-nu-arab;q=0.5"),
        Locale::of(Lang::En)
    );

    let eastern = I18n::new(locale_catalogue(locale));
    let western = I18n::new(catalogue(Lang::Ar));
    assert_eq!(
        eastern.href("/organizations/12"),
        "/ar-u-nu-arab/organizations/12"
    );
    assert_eq!(eastern.int(12_345), "١٢٬٣٤٥");
    assert_eq!(eastern.decimal(1234.5, 2), "١٬٢٣٤٫٥٠");
    assert_eq!(eastern.percent(0.478), "٤٨\u{066a}\u{061c}");
    assert_eq!(eastern.int(-3), "\u{061c}-٣");
    assert_eq!(western.int(12_345), "12,345");
    // In messages: a count, a year, and a record's own digits, kept.
    let args = [("n", Arg::Int(1204)), ("country", Arg::from("Cuba"))];
    assert_eq!(
        eastern.f("country-entries", &args),
        western
            .f("country-entries", &args)
            .replace("1,204", "١٬٢٠٤"),
    );
    assert_eq!(
        eastern.session(2019, "resumed"),
        western.session(2019, "resumed").replace("2019", "٢٠١٩")
    );
    // A message's own numbers too, but not a code's or a version's.
    let own = |key: &str| locale_catalogue(locale).format(key, &[]);
    assert!(
        own("chart-footnote-whiskers").contains("٩٥\u{066a}"),
        "{}",
        own("chart-footnote-whiskers")
    );
    assert!(own("search-downloads-note").contains("per_page=100"));
    assert!(own("search-downloads-note").contains("١٠٠ "));
    assert!(own("api-document").contains("OpenAPI 3.1"));
    let name = [("name", Arg::from("Association 21"))];
    assert_eq!(
        eastern.f("passport-none", &name),
        western.f("passport-none", &name)
    );
    assert!(eastern.f("passport-none", &name).contains("21"));
}

/// Member states and countries are named in each language from UNSD's M49 table; English
/// pages keep the project's names; a name the table lacks is shown as given.
#[test]
fn countries_are_named_in_the_page_s_language() {
    let in_lang = |lang: Lang, name: &str| I18n::new(catalogue(lang)).country(name);
    assert_eq!(in_lang(Lang::Fr, "Iran"), "Iran (République islamique d’)");
    assert_eq!(in_lang(Lang::Ar, "Cuba"), "كوبا");
    assert_eq!(in_lang(Lang::Zh, "Russian Federation"), "俄罗斯联邦");
    assert_eq!(
        in_lang(Lang::Ru, "United States"),
        "Соединенные Штаты Америки"
    );
    assert_eq!(in_lang(Lang::Es, "Côte d'Ivoire"), "Côte d’Ivoire");
    assert_eq!(in_lang(Lang::En, "Iran"), "Iran");
    assert_eq!(in_lang(Lang::Fr, "Atlantis"), "Atlantis");
    // Every row names its country in all six languages.
    for code in ["AFG", "CHN", "CUB", "TUR", "ZWE"] {
        for lang in Lang::ALL {
            assert!(
                countries::name(code, lang).is_some_and(|n| !n.is_empty()),
                "{code} {lang:?}"
            );
        }
    }
}

/// A Latin record inside an Arabic sentence is isolated (FSI … PDI); Arabic text, numbers and
/// other languages' sentences are not.
#[test]
fn latin_records_are_isolated_in_right_to_left_sentences() {
    let name = [("name", Arg::from("Test Voice, Inc."))];
    let arabic = I18n::new(catalogue(Lang::Ar)).f("passport-none", &name);
    assert!(
        arabic.contains("\u{2068}Test Voice, Inc.\u{2069}"),
        "{arabic}"
    );
    let french = I18n::new(catalogue(Lang::Fr)).f("passport-none", &name);
    assert!(!french.contains('\u{2068}'), "{french}");
    let args = [("n", Arg::Int(3)), ("country", Arg::from("كوبا"))];
    assert!(!I18n::new(catalogue(Lang::Ar))
        .f("country-entries", &args)
        .contains('\u{2068}'));
}

/// Dates as the UN writes them in each language; a time stamp with its time in UTC; text
/// that is not a date as it is.
#[test]
fn dates_are_written_as_each_language_writes_them() {
    let date = |lang: Lang, iso: &str| I18n::new(catalogue(lang)).date(iso);
    assert_eq!(date(Lang::En, "2019-06-03"), "3 June 2019");
    assert_eq!(date(Lang::Fr, "2019-06-01"), "1er juin 2019");
    assert_eq!(date(Lang::Es, "2019-06-03"), "3 de junio de 2019");
    assert_eq!(date(Lang::Ru, "2023-10-08"), "8 октября 2023 года");
    assert_eq!(date(Lang::Zh, "2011-12-22"), "2011年12月22日");
    assert_eq!(date(Lang::Ar, "2024-07-03"), "3 تموز/يوليه 2024");
    assert_eq!(
        date(Lang::En, "2026-12-08T00:26:19Z"),
        "8 December 2026, 00:26 UTC"
    );
    let eastern = I18n::new(locale_catalogue(
        Locale::parse("ar-u-nu-arab").expect("a locale"),
    ));
    assert_eq!(eastern.date("2024-07-03"), "٣ تموز/يوليه ٢٠٢٤");
    for not_a_date in [
        "",
        "2019",
        "2019-13-01",
        "yesterday",
        "2019/06/03",
        "2019-06-03 or so",
    ] {
        assert_eq!(date(Lang::Fr, not_a_date), not_a_date);
    }
}

#[test]
fn addresses_carry_the_language() {
    let fr = I18n::new(catalogue(Lang::Fr));
    assert_eq!(fr.href("/"), "/fr");
    assert_eq!(
        fr.href("/?measure=ever_deferred"),
        "/fr?measure=ever_deferred"
    );
    assert_eq!(fr.href("/organizations/12"), "/fr/organizations/12");
    assert_eq!(Lang::of_path("/ar/organizations"), Some(Lang::Ar));
    assert_eq!(Lang::of_path("/ar"), Some(Lang::Ar));
    assert_eq!(Lang::of_path("/organizations"), None);
    assert_eq!(Lang::of_path("/"), None);
}

#[test]
fn a_missing_message_or_argument_shows_itself() {
    let en = catalogue(Lang::En);
    assert_eq!(en.format("no-such-key", &[]), "{no-such-key}");
    assert_eq!(
        en.format("passport-none", &[]),
        "{$name} has no recorded consideration."
    );
}

#[test]
fn the_page_script_cannot_be_closed_by_a_message_and_reads_back_whole() {
    let nasty = Catalogue::new(
        Lang::Ar,
        vec![
            ("x".into(), vec![Part::Text("</script><b>".into())]),
            (
                "y".into(),
                vec![
                    Part::Text("a ".into()),
                    Part::Select(
                        "n".into(),
                        vec![
                            ("one".into(), false, vec![Part::Var("n".into())]),
                            ("other".into(), true, vec![Part::Text("<!-- -->".into())]),
                        ],
                    ),
                    Part::Text(" b".into()),
                ],
            ),
        ],
    );
    let script = nasty.to_script();
    assert!(!script.contains('<'), "{script}");
    assert_eq!(Catalogue::from_script(&script), Some(nasty));
    // Every real catalogue survives the page, its digits too.
    for locale in Locale::ALL {
        let real = locale_catalogue(locale);
        assert_eq!(
            Catalogue::from_script(&real.to_script()).as_ref(),
            Some(real)
        );
    }
    assert_eq!(Catalogue::from_script("xx"), None, "no such language");
    assert_eq!(
        Catalogue::from_script("fr\u{E000}key\u{E001}\u{E005}n"),
        None,
        "cut short"
    );
}

/// The sentences the server writes from the English catalogue and pages word again
/// (`I18n::reworded`) read their numbers back from the text: a digit of the message's own
/// would be read as one of them, and the page would show the English.
#[test]
fn reworded_messages_hold_no_digits_of_their_own() {
    let english = catalogue(Lang::En);
    for key in [
        "methodology-scrape-schedule",
        "methodology-run-outcome",
        "methodology-membership-source",
    ] {
        let pattern = english.get(key).unwrap_or_else(|| panic!("{key}"));
        for part in pattern {
            if let Part::Text(text) = part {
                assert!(!text.chars().any(|c| c.is_ascii_digit()), "{key}: {text}");
            }
        }
    }
    // And the page's words come back for the server's sentence.
    let i18n = I18n::new(catalogue(Lang::Fr));
    let given = super::english(
        "methodology-run-outcome",
        &["fetched", "updated", "unchanged", "failed"].map(|k| (k, super::year_arg(1234))),
    );
    let vars = [
        ("fetched", true),
        ("updated", true),
        ("unchanged", true),
        ("failed", true),
    ];
    let french = i18n.reworded("methodology-run-outcome", &vars, &given);
    assert_ne!(french, given);
    assert!(french.contains("1\u{202f}234"), "{french}");
}

//! The six languages of the UN and the app's words in each: message catalogues in Fluent
//! syntax (`app/locales/{code}.ftl`), plural rules and number formats per locale.
//!
//! The catalogues are read on the server by the Fluent project's own parser (`fluent-syntax`)
//! into [`Pattern`]s. A page carries its language's patterns (a data script in the page's
//! head, see [`Catalogue::to_script`]) and the WASM front end formats them with the same small
//! evaluator as the server: neither Fluent's runtime nor any catalogue is compiled into the
//! front end, whose size budget (`scripts/build.sh`) would not hold them. The script is a
//! plain text encoding read by hand, not JSON: serde's code for these types would cost the
//! front end more than the encoding does. The subset used —
//! text, variables, terms and selectors on plural categories or exact values — is checked
//! against `fluent-bundle` for every message of every catalogue (see the tests).
//!
//! The language is the first segment of every page's address (`/fr/organizations/12`): a
//! shared link keeps its language, caches key on it, and the filters' query strings stay
//! about the data. An address without one is redirected by the server to the language the
//! browser asks for (`Accept-Language`), English when it asks for none of the six.
//!
//! Arabic pages write Western digits, as the UN's own Arabic pages do; Arabic-Indic digits
//! (٠١٢٣) are offered under the BCP 47 tag `ar-u-nu-arab` in the same place (`/ar-u-nu-arab/…`),
//! so the choice survives in a shared link and works without JavaScript. Only numbers the
//! app formats change their digits; records (names, symbols) keep theirs as written.

use serde::{Deserialize, Serialize};

/// A language of the UN, in the UN's order (English alphabetical).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Ar,
    Zh,
    #[default]
    En,
    Fr,
    Ru,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 6] = [Lang::Ar, Lang::Zh, Lang::En, Lang::Fr, Lang::Ru, Lang::Es];

    /// The BCP 47 code, also the first segment of a page's address.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::Zh => "zh",
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Ru => "ru",
            Lang::Es => "es",
        }
    }

    pub fn parse(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language's own name, as the switcher shows it.
    pub const fn endonym(self) -> &'static str {
        match self {
            Lang::Ar => "العربية",
            Lang::Zh => "中文",
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Ru => "Русский",
            Lang::Es => "Español",
        }
    }

    /// The writing direction, for `<html dir>`.
    pub const fn dir(self) -> &'static str {
        match self {
            Lang::Ar => "rtl",
            _ => "ltr",
        }
    }

    /// The language an address names in its first segment (`/fr/...`, `/ar-u-nu-arab/...`).
    pub fn of_path(path: &str) -> Option<Lang> {
        Locale::of_path(path).map(|locale| locale.lang)
    }

    /// The first of the six an `Accept-Language` header asks for, by its q-values; English
    /// when it asks for none of them. `zh-Hant`, `fr-CA`, `ar-EG` ask for their language.
    pub fn negotiate(accept_language: &str) -> Lang {
        let mut wanted: Vec<(f32, usize, Lang)> = accept_language
            .split(',')
            .enumerate()
            .filter_map(|(order, item)| {
                let mut parts = item.trim().split(';');
                let tag = parts.next()?.trim().to_ascii_lowercase();
                let q = parts
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
                let primary = tag.split(['-', '_']).next()?;
                Some((q, order, Lang::parse(primary)?)).filter(|(q, ..)| *q > 0.0)
            })
            .collect();
        wanted.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        wanted.first().map_or(Lang::En, |w| w.2)
    }

    /// Languages named in a parameter, comma-separated (`fr,ar`); an unknown code is an
    /// error that names it and the six.
    pub fn parse_list(text: &str) -> Result<Vec<Lang>, String> {
        let mut langs = Vec::new();
        for code in text.split(',').map(str::trim).filter(|c| !c.is_empty()) {
            let lang = Lang::parse(code).ok_or_else(|| {
                format!("unknown language `{code}`: one of ar, zh, en, fr, ru, es")
            })?;
            if !langs.contains(&lang) {
                langs.push(lang);
            }
        }
        Ok(langs)
    }

    /// The CLDR plural category of a whole number (`one`, `few`, ...).
    pub fn plural(self, n: i64) -> &'static str {
        let n = n.unsigned_abs();
        let (n10, n100) = (n % 10, n % 100);
        match self {
            Lang::Zh => "other",
            Lang::En => {
                if n == 1 {
                    "one"
                } else {
                    "other"
                }
            }
            Lang::Fr | Lang::Es => {
                let one = if self == Lang::Fr { n <= 1 } else { n == 1 };
                if one {
                    "one"
                } else if n != 0 && n.is_multiple_of(1_000_000) {
                    "many"
                } else {
                    "other"
                }
            }
            Lang::Ru => match (n10, n100) {
                (1, h) if h != 11 => "one",
                (2..=4, h) if !(12..=14).contains(&h) => "few",
                _ => "many",
            },
            Lang::Ar => match (n, n100) {
                (0, _) => "zero",
                (1, _) => "one",
                (2, _) => "two",
                (_, 3..=10) => "few",
                (_, 11..=99) => "many",
                _ => "other",
            },
        }
    }

    /// The separators of a number: (thousands, decimal). CLDR's, with Western digits in
    /// Arabic as the UN's own Arabic pages print them; Spanish groups only from five digits.
    const fn separators(self) -> (&'static str, &'static str) {
        match self {
            Lang::En | Lang::Zh | Lang::Ar => (",", "."),
            Lang::Fr => ("\u{202f}", ","),
            Lang::Ru => ("\u{a0}", ","),
            Lang::Es => (".", ","),
        }
    }

    /// A whole number with the locale's grouping: 12,345 · 12 345 · 12.345; 1234 in Spanish.
    pub fn int(self, n: i64) -> String {
        let digits = n.unsigned_abs().to_string();
        let (group, _) = self.separators();
        let grouped = !(self == Lang::Es && digits.len() <= 4);
        let mut out = String::with_capacity(digits.len() + 4);
        if n < 0 {
            out.push('-');
        }
        for (i, c) in digits.chars().enumerate() {
            if grouped && i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(group);
            }
            out.push(c);
        }
        out
    }

    /// A number with `places` decimals: 1.25 · 1,25.
    pub fn decimal(self, x: f64, places: usize) -> String {
        let text = format!("{:.*}", places, x.abs());
        let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
        let sign = if x < 0.0 && text.bytes().any(|b| matches!(b, b'1'..=b'9')) {
            "-"
        } else {
            ""
        };
        let whole = self.int(whole.parse().unwrap_or(0));
        if fraction.is_empty() {
            format!("{sign}{whole}")
        } else {
            format!("{sign}{whole}{}{fraction}", self.separators().1)
        }
    }

    /// A percentage of a share, in whole percent: 48% · 48 % (French, narrow no-break space)
    /// · 48 % (Russian and Spanish, no-break space).
    pub fn percent(self, share: f64) -> String {
        // Rounded half to even, as `{:.0}` rounds, without the front end carrying the
        // decimal formatting it would need otherwise.
        let x = share * 100.0;
        let mut whole = x.round();
        if (whole - x).abs() == 0.5 && whole % 2.0 != 0.0 {
            whole -= x.signum();
        }
        self.percent_number(&self.int(whole as i64))
    }

    /// A number already formatted, followed by the percent sign as the locale writes it.
    pub fn percent_number(self, number: &str) -> String {
        match self {
            Lang::Fr => format!("{number}\u{202f}%"),
            Lang::Ru | Lang::Es => format!("{number}\u{a0}%"),
            _ => format!("{number}%"),
        }
    }
}

/// How a page writes the digits of the numbers it formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Digits {
    /// 0123456789, in every language by default.
    #[default]
    Western,
    /// ٠١٢٣٤٥٦٧٨٩ with the Arabic decimal and group separators and percent sign (CLDR's
    /// `arab` numbering system), offered on Arabic pages.
    ArabicIndic,
}

impl Digits {
    /// A number formatted with Western digits (`12,345.5`, `48%`, `-3`), in these digits.
    /// Only for text that is wholly a formatted number: a record's digits are never changed.
    pub fn apply(self, number: String) -> String {
        match self {
            Digits::Western => number,
            Digits::ArabicIndic => {
                let mut out = String::with_capacity(number.len() * 2);
                for c in number.chars() {
                    Digits::push_arabic_indic(c, &mut out);
                }
                out
            }
        }
    }

    /// One character of a formatted number in Arabic-Indic form: a digit, the decimal and
    /// group separators, the percent and minus signs; anything else as it is.
    fn push_arabic_indic(c: char, out: &mut String) {
        match c {
            '0'..='9' => out.push(char::from_u32(0x0660 + (c as u32 - '0' as u32)).unwrap_or(c)),
            '.' => out.push('\u{066b}'),
            ',' => out.push('\u{066c}'),
            // The Arabic letter mark keeps the sign beside its number in any run.
            '%' => out.push_str("\u{066a}\u{061c}"),
            '-' => out.push_str("\u{061c}-"),
            c => out.push(c),
        }
    }

    /// A message's own text with the numbers in it in these digits ("95%", "1998–2024"). A
    /// word holding a Latin letter or a code's punctuation (`per_page=100`, `ISO/IEC`, `v1`),
    /// or a version ("OpenAPI 3.1"), keeps its digits.
    #[cfg(feature = "ssr")]
    fn apply_to_text(self, text: &str) -> String {
        if self == Digits::Western {
            return text.to_string();
        }
        let mut out = String::with_capacity(text.len() * 2);
        let mut word = String::new();
        let flush = |word: &mut String, out: &mut String| {
            // A version ("3.1") too: a full stop between digits.
            let version = word
                .as_bytes()
                .windows(3)
                .any(|w| w[0].is_ascii_digit() && w[1] == b'.' && w[2].is_ascii_digit());
            let code = version
                || word
                    .chars()
                    .any(|c| c.is_ascii_alphabetic() || matches!(c, '=' | '_' | '/'));
            if code {
                out.push_str(word);
            } else {
                let mut after_digit = false;
                // Only digits and a percent sign after them: a message's own full stops and
                // commas are punctuation, not separators.
                for c in word.chars() {
                    if c.is_ascii_digit() || (c == '%' && after_digit) {
                        Digits::push_arabic_indic(c, out);
                    } else {
                        out.push(c);
                    }
                    after_digit = c.is_ascii_digit();
                }
            }
            word.clear();
        };
        for c in text.chars() {
            if c.is_whitespace() {
                flush(&mut word, &mut out);
                out.push(c);
            } else {
                word.push(c);
            }
        }
        flush(&mut word, &mut out);
        out
    }
}

/// A page's language and its digits: the first segment of its address.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct Locale {
    pub lang: Lang,
    pub digits: Digits,
}

impl Locale {
    /// The BCP 47 tag of Arabic with Arabic-Indic digits.
    pub const ARABIC_INDIC: &'static str = "ar-u-nu-arab";

    /// Every locale an address can name: the six languages, then Arabic with Arabic-Indic
    /// digits.
    pub const ALL: [Locale; 7] = [
        Locale::of(Lang::Ar),
        Locale::of(Lang::Zh),
        Locale::of(Lang::En),
        Locale::of(Lang::Fr),
        Locale::of(Lang::Ru),
        Locale::of(Lang::Es),
        Locale {
            lang: Lang::Ar,
            digits: Digits::ArabicIndic,
        },
    ];

    /// A language with its default (Western) digits.
    pub const fn of(lang: Lang) -> Locale {
        Locale {
            lang,
            digits: Digits::Western,
        }
    }

    /// The BCP 47 tag, also the first segment of a page's address (`fr`, `ar-u-nu-arab`).
    pub const fn code(self) -> &'static str {
        match self.digits {
            Digits::ArabicIndic => Locale::ARABIC_INDIC,
            Digits::Western => self.lang.code(),
        }
    }

    pub fn parse(code: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The locale an address names in its first segment.
    pub fn of_path(path: &str) -> Option<Locale> {
        let first = path.trim_start_matches('/').split('/').next()?;
        Locale::parse(first)
    }

    /// The locale an `Accept-Language` header asks for: its language ([`Lang::negotiate`]),
    /// with Arabic-Indic digits when that is Arabic and an Arabic tag asks for them
    /// (`ar-EG-u-nu-arab`).
    pub fn negotiate(accept_language: &str) -> Locale {
        let lang = Lang::negotiate(accept_language);
        let asks_for_digits = accept_language.split(',').any(|item| {
            let tag = item
                .trim()
                .split(';')
                .next()
                .unwrap_or("")
                .to_ascii_lowercase();
            tag.starts_with("ar") && tag.contains("-u-nu-arab")
        });
        match (lang, asks_for_digits) {
            (Lang::Ar, true) => Locale {
                lang,
                digits: Digits::ArabicIndic,
            },
            _ => Locale::of(lang),
        }
    }

    /// The same language with the other digits it offers; `None` where there is no choice.
    pub fn other_digits(self) -> Option<Locale> {
        match (self.lang, self.digits) {
            (Lang::Ar, Digits::Western) => Some(Locale {
                lang: Lang::Ar,
                digits: Digits::ArabicIndic,
            }),
            (Lang::Ar, Digits::ArabicIndic) => Some(Locale::of(Lang::Ar)),
            _ => None,
        }
    }
}

/// One piece of a message: text, a variable, or a choice by a variable's value.
#[derive(Debug, Clone, PartialEq)]
pub enum Part {
    Text(String),
    Var(String),
    /// The variable, then the variants: key, whether it is the default, the pattern.
    Select(String, Vec<(String, bool, Pattern)>),
}

pub type Pattern = Vec<Part>;

/// A value given to a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// A whole number: formatted with the locale's grouping, chooses plural variants.
    Int(i64),
    /// Text (already formatted, or a record's own words): printed as it is.
    Text(String),
    /// A number written out with Western digits (a year): not grouped, but in the page's
    /// digits.
    Number(String),
}

impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Int(n)
    }
}
impl From<i32> for Arg {
    fn from(n: i32) -> Self {
        Arg::Int(n.into())
    }
}
impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Arg::Int(n.into())
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Int(i64::try_from(n).unwrap_or(i64::MAX))
    }
}
impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}
impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_string())
    }
}
impl From<&String> for Arg {
    fn from(text: &String) -> Self {
        Arg::Text(text.clone())
    }
}

/// A year as a message argument: never grouped ("2019", not "2,019"), in the page's digits.
pub fn year_arg(year: impl std::fmt::Display) -> Arg {
    Arg::Number(year.to_string())
}

/// One language's messages, by key (kept sorted, found by binary search).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Catalogue {
    pub lang: Lang,
    pub digits: Digits,
    messages: Vec<(String, Pattern)>,
}

impl Catalogue {
    /// A catalogue of `messages`; of two with one key, the first is kept.
    pub fn new(lang: Lang, mut messages: Vec<(String, Pattern)>) -> Self {
        messages.sort_by(|a, b| a.0.cmp(&b.0));
        messages.dedup_by(|later, first| later.0 == first.0);
        Catalogue {
            lang,
            digits: Digits::Western,
            messages,
        }
    }

    /// The same messages, writing numbers in `digits`: the numbers they are given, and the
    /// numbers their own text holds ("95%", "1998–2024"), except a code's or a version's
    /// ("per_page=100", "OpenAPI 3.1"): see [`Digits::apply_to_text`].
    #[cfg(feature = "ssr")]
    pub fn with_digits(&self, digits: Digits) -> Catalogue {
        fn convert(pattern: &[Part], digits: Digits) -> Pattern {
            pattern
                .iter()
                .map(|part| match part {
                    Part::Text(text) => Part::Text(digits.apply_to_text(text)),
                    Part::Var(name) => Part::Var(name.clone()),
                    Part::Select(name, variants) => Part::Select(
                        name.clone(),
                        variants
                            .iter()
                            .map(|(key, default, p)| (key.clone(), *default, convert(p, digits)))
                            .collect(),
                    ),
                })
                .collect()
        }
        Catalogue {
            lang: self.lang,
            digits,
            messages: self
                .messages
                .iter()
                .map(|(key, pattern)| (key.clone(), convert(pattern, digits)))
                .collect(),
        }
    }

    /// The page's language and digits.
    pub fn locale(&self) -> Locale {
        Locale {
            lang: self.lang,
            digits: self.digits,
        }
    }

    /// A whole number in the locale's grouping and digits.
    pub fn int(&self, n: i64) -> String {
        self.digits.apply(self.lang.int(n))
    }

    pub fn get(&self, key: &str) -> Option<&Pattern> {
        self.messages
            .binary_search_by(|(k, _)| k.as_str().cmp(key))
            .ok()
            .map(|i| &self.messages[i].1)
    }

    /// Every message, by key in order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Pattern)> {
        self.messages.iter().map(|(k, p)| (k.as_str(), p))
    }

    /// The message `key` with `args`; the key itself, bracketed, when the catalogue lacks it
    /// (a test keeps every catalogue's keys the same, so this is seen only in development).
    pub fn format(&self, key: &str, args: &[(&str, Arg)]) -> String {
        let mut out = String::new();
        match self.get(key) {
            Some(pattern) => self.write(pattern, args, &mut out),
            None => {
                out.push('{');
                out.push_str(key);
                out.push('}');
            }
        }
        out
    }

    fn write(&self, pattern: &[Part], args: &[(&str, Arg)], out: &mut String) {
        let arg = |name: &str| args.iter().find(|(n, _)| *n == name).map(|(_, a)| a);
        for part in pattern {
            match part {
                Part::Text(text) => out.push_str(text),
                Part::Var(name) => match arg(name) {
                    Some(Arg::Int(n)) => out.push_str(&self.int(*n)),
                    // A Latin record (an NGO's name) inside a right-to-left sentence is
                    // isolated, so its punctuation stays with it and the sentence's order
                    // holds (what Fluent's own isolation does, for the placeables that need it).
                    Some(Arg::Text(text))
                        if self.lang.dir() == "rtl"
                            && text.chars().any(|c| c.is_ascii_alphabetic()) =>
                    {
                        out.push('\u{2068}');
                        out.push_str(text);
                        out.push('\u{2069}');
                    }
                    Some(Arg::Text(text)) => out.push_str(text),
                    Some(Arg::Number(digits)) => out.push_str(&self.digits.apply(digits.clone())),
                    None => {
                        out.push_str("{$");
                        out.push_str(name);
                        out.push('}');
                    }
                },
                Part::Select(name, variants) => {
                    let chosen = match arg(name) {
                        // An exact number first, then the plural category, as Fluent does.
                        Some(Arg::Int(n)) => {
                            let exact = n.to_string();
                            let category = self.lang.plural(*n);
                            variants
                                .iter()
                                .find(|v| v.0 == exact)
                                .or_else(|| variants.iter().find(|v| v.0 == category))
                        }
                        Some(Arg::Text(text) | Arg::Number(text)) => {
                            variants.iter().find(|v| &v.0 == text)
                        }
                        None => None,
                    }
                    .or_else(|| variants.iter().find(|v| v.1));
                    if let Some((_, _, pattern)) = chosen {
                        self.write(pattern, args, out);
                    }
                }
            }
        }
    }

    /// The catalogue as the page's data script: the language, then each key and its
    /// pattern, marked with characters of Unicode's private use area that no message holds
    /// (see [`script`]). `<` is written as a marker too, so no message can close the script.
    pub fn to_script(&self) -> String {
        let mut out = String::from(self.locale().code());
        out.push(script::END);
        for (key, pattern) in &self.messages {
            out.push_str(key);
            out.push(script::KEY);
            script::write(pattern, &mut out);
            out.push(script::END);
        }
        out
    }

    /// A catalogue read back from [`Catalogue::to_script`]'s text; `None` when it is not one.
    pub fn from_script(text: &str) -> Option<Catalogue> {
        let mut chars = text.chars().peekable();
        let code: String = chars.by_ref().take_while(|c| *c != script::END).collect();
        let Locale { lang, digits } = Locale::parse(&code)?;
        let mut messages = Vec::new();
        while chars.peek().is_some() {
            let key: String = chars.by_ref().take_while(|c| *c != script::KEY).collect();
            let pattern = script::read(&mut chars)?;
            (chars.next() == Some(script::END)).then_some(())?;
            messages.push((key, pattern));
        }
        // Written in order by `to_script`: not sorted again (nor the sort's code shipped).
        Some(Catalogue {
            lang,
            digits,
            messages,
        })
    }
}

/// The page script's encoding of patterns: private-use characters mark variables, selectors,
/// variants and ends, and stand for `<`.
mod script {
    use super::{Part, Pattern};

    pub const END: char = '\u{E000}';
    pub const KEY: char = '\u{E001}';
    const LT: char = '\u{E002}';
    const VAR: char = '\u{E003}';
    const VAR_END: char = '\u{E004}';
    const SELECT: char = '\u{E005}';
    const VARIANT: char = '\u{E006}';
    const DEFAULT: char = '\u{E007}';
    const OTHER: char = '\u{E008}';
    const SELECT_END: char = '\u{E009}';

    pub fn write(pattern: &[Part], out: &mut String) {
        for part in pattern {
            match part {
                Part::Text(text) => out.extend(text.chars().map(|c| if c == '<' { LT } else { c })),
                Part::Var(name) => {
                    out.push(VAR);
                    out.push_str(name);
                    out.push(VAR_END);
                }
                Part::Select(name, variants) => {
                    out.push(SELECT);
                    out.push_str(name);
                    for (key, default, pattern) in variants {
                        out.push(VARIANT);
                        out.push_str(key);
                        out.push(if *default { DEFAULT } else { OTHER });
                        write(pattern, out);
                    }
                    out.push(SELECT_END);
                }
            }
        }
    }

    /// A pattern, up to (not taking) the end of its message or of its variant.
    pub fn read(chars: &mut std::iter::Peekable<std::str::Chars>) -> Option<Pattern> {
        let mut pattern = Vec::new();
        let mut text = String::new();
        let flush = |text: &mut String, pattern: &mut Pattern| {
            if !text.is_empty() {
                pattern.push(Part::Text(std::mem::take(text)));
            }
        };
        while let Some(&c) = chars.peek() {
            match c {
                END | VARIANT | SELECT_END => break,
                VAR => {
                    chars.next();
                    flush(&mut text, &mut pattern);
                    pattern.push(Part::Var(
                        chars.by_ref().take_while(|c| *c != VAR_END).collect(),
                    ));
                }
                SELECT => {
                    chars.next();
                    flush(&mut text, &mut pattern);
                    let mut name = String::new();
                    while let Some(c) = chars.next_if(|c| *c != VARIANT) {
                        name.push(c);
                    }
                    let mut variants = Vec::new();
                    while chars.next_if_eq(&VARIANT).is_some() {
                        let (mut key, mut default) = (String::new(), false);
                        for c in chars.by_ref() {
                            match c {
                                DEFAULT | OTHER => {
                                    default = c == DEFAULT;
                                    break;
                                }
                                c => key.push(c),
                            }
                        }
                        variants.push((key, default, read(chars)?));
                    }
                    chars.next_if_eq(&SELECT_END)?;
                    pattern.push(Part::Select(name, variants));
                }
                LT => {
                    chars.next();
                    text.push('<');
                }
                _ => {
                    chars.next();
                    text.push(c);
                }
            }
        }
        flush(&mut text, &mut pattern);
        Some(pattern)
    }
}

/// The words of the page being rendered: its language's catalogue. Copy, so views can hold it.
#[derive(Debug, Clone, Copy)]
pub struct I18n(&'static Catalogue);

impl I18n {
    pub fn new(catalogue: &'static Catalogue) -> Self {
        I18n(catalogue)
    }

    pub fn lang(self) -> Lang {
        self.0.lang
    }

    /// The language and the digits the page writes.
    pub fn locale(self) -> Locale {
        self.0.locale()
    }

    pub fn catalogue(self) -> &'static Catalogue {
        self.0
    }

    /// A message without arguments.
    pub fn t(self, key: &str) -> String {
        self.0.format(key, &[])
    }

    /// A message without arguments, as the catalogue's own text: a `&'static str`, so the
    /// views that show it are the same types as views of literal text (the front end carries
    /// one copy of their code, not one more per message). A message made of more than one
    /// piece (none today) is formatted once and kept.
    pub fn ts(self, key: &str) -> &'static str {
        match self.0.get(key).map(Vec::as_slice) {
            Some([Part::Text(text)]) => text.as_str(),
            Some([]) => "",
            _ => String::leak(self.t(key)),
        }
    }

    /// A message with arguments.
    pub fn f(self, key: &str, args: &[(&str, Arg)]) -> String {
        self.0.format(key, args)
    }

    /// A message with an element in its middle (a link, a code): the text before and after
    /// the variable `var`, which the element replaces.
    pub fn around(self, key: &str, var: &str, args: &[(&str, Arg)]) -> (String, String) {
        let mut pieces = self.cut(key, &[var], args).into_iter();
        let before = pieces.next().unwrap_or_default();
        (before, pieces.next().unwrap_or_default())
    }

    /// A message cut at its variables `vars`, each replaced by an element the caller puts
    /// between the pieces: `vars.len() + 1` pieces (the last holds the rest). Every language
    /// names the variables in the order given.
    pub fn cut(self, key: &str, vars: &[&str], args: &[(&str, Arg)]) -> Vec<String> {
        const MARK: &str = "\u{1}";
        let mut all = args.to_vec();
        all.extend(vars.iter().map(|var| (*var, Arg::Text(MARK.into()))));
        let text = self.0.format(key, &all);
        let mut pieces: Vec<String> = text
            .splitn(vars.len() + 1, MARK)
            .map(str::to_string)
            .collect();
        pieces.resize(vars.len() + 1, String::new());
        pieces
    }

    /// An address of this site in this language: `/organizations` → `/fr/organizations`;
    /// the home page is `/fr`.
    pub fn href(self, path: &str) -> String {
        let code = self.locale().code();
        match path {
            "" | "/" => format!("/{code}"),
            p if p.starts_with("/?") => format!("/{code}{}", &p[1..]),
            p => format!("/{code}{p}"),
        }
    }

    /// A sentence the server wrote in English from the English catalogue's message `key`
    /// (the scrape's schedule and outcome, the membership file's note: see [`english`]), in
    /// this language: the numbers of `given` are the message's variables `vars` in order
    /// (`true`: a count, written in the locale's way; `false`: a year, written as it is).
    /// `given` as it is when it is not that message (an error recorded in its own words).
    #[cfg(feature = "ssr")]
    pub fn reworded(self, key: &str, vars: &[(&str, bool)], given: &str) -> String {
        let numbers: Vec<i64> = given
            .split(|c: char| !c.is_ascii_digit())
            .filter_map(|digits| digits.parse::<i64>().ok())
            .collect();
        if numbers.len() != vars.len() {
            return given.to_string();
        }
        let plain: Vec<(&str, Arg)> = vars
            .iter()
            .zip(&numbers)
            .map(|((name, _), n)| (*name, year_arg(n)))
            .collect();
        if english(key, &plain) != given {
            return given.to_string();
        }
        let args: Vec<(&str, Arg)> = vars
            .iter()
            .zip(&numbers)
            .map(|((name, count), n)| (*name, if *count { Arg::Int(*n) } else { year_arg(n) }))
            .collect();
        self.f(key, &args)
    }

    /// The message `key` when the catalogue has it, else `fallback` (a code the catalogue
    /// does not know: a newer vocabulary than the page's words).
    pub fn t_or(self, key: &str, fallback: &str) -> String {
        if self.0.get(key).is_some() {
            self.t(key)
        } else {
            self.t(fallback)
        }
    }

    /// A focus area's name by machine name ("all": every application).
    pub fn area(self, area: &str) -> String {
        self.t_or(&format!("area-{area}"), "area-unknown")
    }

    /// A focus area as it reads inside a sentence ("NGOs working on …").
    pub fn area_phrase(self, area: &str) -> String {
        self.t_or(&format!("area-phrase-{area}"), "area-phrase-other")
    }

    /// A reconciliation flag's kind in words; the code itself for a kind the catalogue does
    /// not know yet (a newer importer's).
    pub fn flag(self, kind: &str) -> String {
        let key = format!("flag-{kind}");
        match self.0.get(&key) {
            Some(_) => self.t(&key),
            None => kind.to_string(),
        }
    }

    /// A member state or country named in English (as the records' tables name it), in this
    /// language's words where UNSD's M49 table has them; as given otherwise, and always in
    /// English, whose pages keep the project's shorter names ("Iran", "United States"). The
    /// name stays a record's in the front end, which draws none of these pages.
    pub fn country(self, english: &str) -> String {
        #[cfg(feature = "ssr")]
        if self.lang() != Lang::En {
            if let Some(name) =
                countries::code_of(english).and_then(|c| countries::name(c, self.lang()))
            {
                return name.to_string();
            }
        }
        english.to_string()
    }

    /// A decision's name by machine name.
    pub fn decision(self, decision: &str) -> String {
        self.t_or(&format!("decision-{decision}"), "decision-other")
    }

    /// A vote's name (`in_favour`, `against`, `abstaining`, `absent`).
    pub fn vote(self, vote: &str) -> String {
        self.t_or(&format!("vote-{vote}"), "vote-absent")
    }

    /// A source's short name by machine name; an unknown source is the tests'.
    pub fn source(self, source: &str) -> String {
        self.t_or(&format!("source-{source}"), "source-test")
    }

    /// A date or a time stamp as stored (`2019-06-03`, `2026-12-08T00:26:19Z`), written as
    /// the UN writes dates in this language ("3 June 2019", "2019年6月3日"), with the time of
    /// day in UTC for a time stamp; the text as it is when it is neither.
    pub fn date(self, iso: &str) -> String {
        let number = |range: std::ops::Range<usize>| iso.get(range)?.parse::<i64>().ok();
        let (Some(year), Some(month), Some(day)) = (number(0..4), number(5..7), number(8..10))
        else {
            return iso.to_string();
        };
        let dashes = iso.get(4..5) == Some("-") && iso.get(7..8) == Some("-");
        let stamp = iso.len() > 10 && iso.get(10..11) == Some("T") && iso.ends_with('Z');
        if !dashes
            || !(iso.len() == 10 || stamp)
            || !(1..=12).contains(&month)
            || !(1..=31).contains(&day)
        {
            return iso.to_string();
        }
        let date = self.f(
            "date",
            &[
                ("day", day.into()),
                ("month", month.into()),
                ("year", year_arg(year)),
            ],
        );
        // A time stamp: `T` and the hours and minutes, in UTC (the store writes `Z`).
        match iso.get(10..16) {
            Some(time) if stamp => self.f(
                "date-time",
                &[
                    ("date", date.into()),
                    ("time", self.number(&time[1..]).into()),
                ],
            ),
            _ => date,
        }
    }

    /// "2019 resumed".
    pub fn session(self, year: i64, part: &str) -> String {
        let part = self.t_or(&format!("session-part-{part}"), "session-part-regular");
        self.f(
            "session-label",
            &[("year", year_arg(year)), ("part", part.into())],
        )
    }

    /// "Status 1", "Reclassification 2": an application by kind and number.
    pub fn application(self, kind: &str, seq: i64) -> String {
        let key = match kind {
            "status" | "reclassification" | "status_withdrawal" => format!("application-{kind}"),
            _ => "application-other".to_string(),
        };
        self.f(&key, &[("seq", seq.into())])
    }

    pub fn int(self, n: i64) -> String {
        self.0.int(n)
    }

    pub fn decimal(self, x: f64, places: usize) -> String {
        self.0.digits.apply(self.lang().decimal(x, places))
    }

    pub fn percent(self, share: f64) -> String {
        self.0.digits.apply(self.lang().percent(share))
    }

    /// A number already written with Western digits and no grouping (a year), in the page's
    /// digits.
    pub fn number(self, digits: impl std::fmt::Display) -> String {
        self.0.digits.apply(digits.to_string())
    }
}

/// Country names in the six languages, from UNSD's M49 table (`app/locales/countries.tsv`): a
/// member state, or the country a chart is restricted to, is named in the page's language.
/// Countries as a record prints them (a release's "Nigeria") stay as printed.
#[cfg(feature = "ssr")]
pub mod countries {
    use std::{collections::HashMap, sync::LazyLock};

    use super::Lang;

    const TABLE: &str = include_str!("../locales/countries.tsv");

    struct Names {
        /// ISO 3166-1 alpha-3 → the name in each language, in `Lang::ALL`'s order.
        by_code: HashMap<&'static str, [&'static str; 6]>,
        /// Every English name of the table (M49's and the member states' shorter one), by key.
        by_name: HashMap<String, &'static str>,
    }

    static NAMES: LazyLock<Names> = LazyLock::new(|| {
        let mut names = Names {
            by_code: HashMap::new(),
            by_name: HashMap::new(),
        };
        for line in TABLE
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let fields: Vec<&'static str> = line.split('\t').collect();
            let [code, ar, zh, en, fr, ru, es, also] = fields[..] else {
                panic!("app/locales/countries.tsv: 8 columns expected: {line}");
            };
            names.by_code.insert(code, [ar, zh, en, fr, ru, es]);
            for english in [en, also].into_iter().filter(|n| !n.is_empty()) {
                names.by_name.insert(key(english), code);
            }
        }
        names
    });

    /// A name's key: case, the apostrophe's shape and a leading "The" do not matter.
    fn key(name: &str) -> String {
        let folded = name
            .trim()
            .to_lowercase()
            .replace(['\u{2019}', '\u{2018}'], "'");
        folded.strip_prefix("the ").unwrap_or(&folded).to_string()
    }

    /// The ISO code of a country or member state the table names in English.
    pub fn code_of(english: &str) -> Option<&'static str> {
        NAMES.by_name.get(&key(english)).copied()
    }

    /// The country `code`'s name in `lang`, where M49 has one.
    pub fn name(code: &str, lang: Lang) -> Option<&'static str> {
        let index = Lang::ALL.iter().position(|l| *l == lang)?;
        NAMES.by_code.get(code).map(|names| names[index])
    }
}

/// The words of the page being rendered, from the context the app provides.
pub fn i18n() -> I18n {
    context_i18n().unwrap_or_else(|| I18n::new(fallback()))
}

/// The page's words when a page (or a server function for one) is being rendered; `None`
/// for the API, whose answers are in English and whose addresses carry no language.
pub fn context_i18n() -> Option<I18n> {
    leptos::prelude::use_context::<I18n>()
}

#[cfg(feature = "ssr")]
fn fallback() -> &'static Catalogue {
    catalogue(Lang::En)
}

#[cfg(not(feature = "ssr"))]
fn fallback() -> &'static Catalogue {
    client::catalogue()
}

/// The language a request's address names, English when it names none; on the server.
#[cfg(feature = "ssr")]
pub fn request_i18n() -> I18n {
    let locale = leptos::prelude::use_context::<http::request::Parts>()
        .and_then(|parts| Locale::of_path(parts.uri.path()))
        .unwrap_or_default();
    I18n::new(locale_catalogue(locale))
}

/// The page's catalogue, read once from the script the server put in the page's head.
#[cfg(not(feature = "ssr"))]
pub mod client {
    use std::sync::atomic::{AtomicPtr, Ordering};

    use super::{Catalogue, Digits, Lang};

    // The browser runs the front end on one thread; the catalogue is read once, leaked, and
    // never freed or replaced, so a plain pointer is all the cell it needs.
    static CATALOGUE: AtomicPtr<Catalogue> = AtomicPtr::new(std::ptr::null_mut());
    static EMPTY: Catalogue = Catalogue {
        lang: Lang::En,
        digits: Digits::Western,
        messages: Vec::new(),
    };

    /// The id of the script element that carries the catalogue.
    pub const SCRIPT_ID: &str = "i18n";

    pub fn catalogue() -> &'static Catalogue {
        let mut ptr = CATALOGUE.load(Ordering::Relaxed);
        if ptr.is_null() {
            ptr = Box::into_raw(Box::new(read()));
            CATALOGUE.store(ptr, Ordering::Relaxed);
        }
        // SAFETY: a non-null pointer comes from `Box::into_raw` just above and is never freed.
        unsafe { ptr.as_ref() }.unwrap_or(&EMPTY)
    }

    /// The catalogue the server put in the page.
    fn read() -> Catalogue {
        #[cfg(feature = "hydrate")]
        {
            let text = leptos::prelude::document()
                .get_element_by_id(SCRIPT_ID)
                .and_then(|script| script.text_content())
                .unwrap_or_default();
            // Without it every message would show its key: say why in the console.
            Catalogue::from_script(&text).unwrap_or_else(|| {
                leptos::logging::error!("the page's catalogue (#i18n) is unreadable");
                empty()
            })
        }
        #[cfg(not(feature = "hydrate"))]
        empty()
    }

    fn empty() -> Catalogue {
        EMPTY.clone()
    }
}

/// The six catalogues, parsed once from the files compiled into the server. A message one
/// catalogue lacks is taken from English (and the tests fail on it).
#[cfg(feature = "ssr")]
pub fn catalogue(lang: Lang) -> &'static Catalogue {
    locale_catalogue(Locale::of(lang))
}

/// A language's catalogue writing numbers in the locale's digits.
#[cfg(feature = "ssr")]
pub fn locale_catalogue(locale: Locale) -> &'static Catalogue {
    use std::sync::LazyLock;
    static WITH_DIGITS: LazyLock<Catalogue> =
        LazyLock::new(|| catalogue(Lang::Ar).with_digits(Digits::ArabicIndic));
    match locale.digits {
        Digits::Western => {
            let index = Lang::ALL
                .iter()
                .position(|l| *l == locale.lang)
                .unwrap_or(2);
            &catalogues()[index]
        }
        // Only Arabic offers them (see `Locale::ALL`).
        Digits::ArabicIndic => &WITH_DIGITS,
    }
}

#[cfg(feature = "ssr")]
fn catalogues() -> &'static [Catalogue] {
    use std::sync::LazyLock;
    static CATALOGUES: LazyLock<Vec<Catalogue>> = LazyLock::new(|| {
        let english = parse_catalogue(Lang::En, SOURCES[2].1).unwrap_or_else(|e| panic!("{e}"));
        Lang::ALL
            .into_iter()
            .map(|lang| {
                let catalogue = parse_catalogue(lang, source(lang))
                    .unwrap_or_else(|e| panic!("app/locales/{}.ftl: {e}", lang.code()));
                // Its own messages first: English fills only the keys it lacks.
                let mut messages = catalogue.messages;
                messages.extend(english.messages.iter().cloned());
                Catalogue::new(lang, messages)
            })
            .collect()
    });
    &CATALOGUES
}

/// The English message `key` with `args`, numbers as given (pass them with [`year_arg`], so
/// they are not grouped): for a sentence the server stores or answers in English and a page
/// may show in its own language ([`I18n::reworded`]).
#[cfg(feature = "ssr")]
pub fn english(key: &str, args: &[(&str, Arg)]) -> String {
    catalogue(Lang::En).format(key, args)
}

/// Run `f` with a locale's words outside any page: an API file drawn in a language.
#[cfg(feature = "ssr")]
pub fn with_lang<T>(locale: Locale, f: impl FnOnce() -> T) -> T {
    let owner = leptos::prelude::Owner::new();
    owner.with(|| {
        leptos::prelude::provide_context(I18n::new(locale_catalogue(locale)));
        f()
    })
}

/// The catalogue files, compiled into the server.
#[cfg(feature = "ssr")]
pub const SOURCES: [(Lang, &str); 6] = [
    (Lang::Ar, include_str!("../locales/ar.ftl")),
    (Lang::Zh, include_str!("../locales/zh.ftl")),
    (Lang::En, include_str!("../locales/en.ftl")),
    (Lang::Fr, include_str!("../locales/fr.ftl")),
    (Lang::Ru, include_str!("../locales/ru.ftl")),
    (Lang::Es, include_str!("../locales/es.ftl")),
];

#[cfg(feature = "ssr")]
pub fn source(lang: Lang) -> &'static str {
    SOURCES
        .iter()
        .find(|(l, _)| *l == lang)
        .map_or("", |(_, s)| s)
}

/// Parse a Fluent file into patterns; terms (`-committee = ...`) are written into the
/// messages that use them. Anything outside the subset the evaluator knows is an error.
#[cfg(feature = "ssr")]
pub fn parse_catalogue(lang: Lang, source: &str) -> Result<Catalogue, String> {
    use fluent_syntax::ast;
    let resource = fluent_syntax::parser::parse(source)
        .map_err(|(_, errors)| format!("does not parse: {errors:?}"))?;
    let mut terms: std::collections::HashMap<String, &ast::Pattern<&str>> = Default::default();
    let mut messages = Vec::new();
    for entry in &resource.body {
        match entry {
            ast::Entry::Term(term) => {
                terms.insert(term.id.name.to_string(), &term.value);
            }
            ast::Entry::Message(message) => messages.push(message),
            _ => {}
        }
    }
    let mut patterns = Vec::new();
    for message in messages {
        let key = message.id.name;
        let value = message
            .value
            .as_ref()
            .ok_or_else(|| format!("{key} has no value"))?;
        let pattern = convert(value, &terms).map_err(|e| format!("{key}: {e}"))?;
        patterns.push((key.to_string(), pattern));
    }
    Ok(Catalogue::new(lang, patterns))
}

#[cfg(feature = "ssr")]
fn convert(
    pattern: &fluent_syntax::ast::Pattern<&str>,
    terms: &std::collections::HashMap<String, &fluent_syntax::ast::Pattern<&str>>,
) -> Result<Pattern, String> {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement, VariantKey};
    let inline = |expression: &InlineExpression<&str>| -> Result<Pattern, String> {
        match expression {
            InlineExpression::VariableReference { id } => Ok(vec![Part::Var(id.name.into())]),
            InlineExpression::StringLiteral { value } => Ok(vec![Part::Text(
                fluent_syntax::unicode::unescape_unicode_to_string(value).into_owned(),
            )]),
            InlineExpression::TermReference {
                id,
                attribute: None,
                arguments: None,
            } => terms
                .get(id.name)
                .ok_or_else(|| format!("no term -{}", id.name))
                .and_then(|term| convert(term, terms)),
            other => Err(format!("unsupported expression {other:?}")),
        }
    };
    let mut out: Pattern = Vec::new();
    for element in &pattern.elements {
        let parts = match element {
            PatternElement::TextElement { value } => vec![Part::Text(value.to_string())],
            PatternElement::Placeable {
                expression: Expression::Inline(expression),
            } => inline(expression)?,
            PatternElement::Placeable {
                expression: Expression::Select { selector, variants },
            } => {
                let InlineExpression::VariableReference { id } = selector else {
                    return Err("a selector must be a variable".into());
                };
                let variants = variants
                    .iter()
                    .map(|v| {
                        let key = match &v.key {
                            VariantKey::Identifier { name } => name.to_string(),
                            VariantKey::NumberLiteral { value } => value.to_string(),
                        };
                        Ok((key, v.default, convert(&v.value, terms)?))
                    })
                    .collect::<Result<_, String>>()?;
                vec![Part::Select(id.name.into(), variants)]
            }
        };
        // Adjacent text (a term's, a literal's) joins the text before it.
        for part in parts {
            match (out.last_mut(), part) {
                // Empty text is no text (`{ "" }`): the same pattern the page script reads.
                (_, Part::Text(text)) if text.is_empty() => {}
                (Some(Part::Text(before)), Part::Text(text)) => before.push_str(&text),
                (_, part) => out.push(part),
            }
        }
    }
    Ok(out)
}

#[cfg(all(test, feature = "ssr"))]
mod tests;

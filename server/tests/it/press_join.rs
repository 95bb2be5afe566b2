//! The join of press records with the reports' history, on the real reports dataset (read
//! from ../shared when it is there) and a release page built here from names in that data
//! (test data: the questions and the page are invented). On SQLite and PostgreSQL.

use ecosoc_watch::{
    db::write::store_document,
    db::Db,
    import::steinert::{import_steinert, ImportOptions},
    join::link_and_classify,
    scrape::store::store_release,
    sources::{fetch::sha256_hex, fetch::Fetched, fetch::Location, press::parse},
};

use crate::testing::{self, shared_steinert_dir};
use sqlx::Row;

use app::model::{StateMeasure, WhoAsks, WhoAsksQuery};

/// The first spelling of an organization the reports decide `decision` about at the 2023
/// resumed session, with its organization and application.
async fn reported(db: &Db, decision: &str, skip: i64) -> (String, i64, i64) {
    let row = sqlx::query(
        "select n.name, a.organization_id, a.application_id from consideration c \
         join application a on a.application_id = c.application_id \
         join session s on s.session_id = c.session_id \
         join organization_name n on n.organization_id = a.organization_id \
         where c.source = 'steinert' and s.year = 2023 and s.part = 'resumed' and a.kind = 'status' \
           and c.decision = $1 and n.name not like '%(%' and n.name not like '%;%' \
         order by a.application_id, n.organization_name_id limit 1 offset $2",
    )
    .bind(decision)
    .bind(skip)
    .fetch_one(db.pool())
    .await
    .expect("the reports have such an application");
    (row.get(0), row.get(1), row.get(2))
}

fn page(deferred: &[&str]) -> String {
    let items: Vec<String> = deferred
        .iter()
        .enumerate()
        .map(|(i, name)| {
            format!(
                "<p>{name} ({}) — as the representative of {} asked a test question;</p>",
                ["Testland", "Nigeria", "France"][i % 3],
                ["China", "Cuba", "Nicaragua"][i % 3]
            )
        })
        .collect();
    format!(
        r#"<!-- TEST FIXTURE for ecosoc-watch: invented questions about names taken from the reports dataset. -->
<html lang="en"><body><main><div>2023 Session, 20th Meeting (AM)</div><div>NGO/9999</div>
<div class="field--name-field-display-title"><h1>Committee Defers Action on {} Others</h1></div>
<div class="field--name-field-dated"><time datetime="2023-05-24T12:00:00Z">24 May 2023</time></div>
<div class="field--name-body"><p>The Committee on Non-Governmental Organizations, resuming its 2023 session, postponed consideration of {} organizations.</p>
<p>The Committee postponed consideration of the following organizations:</p>
{}</div></main></body></html>"#,
        deferred.len(),
        deferred.len(),
        items.join("\n")
    )
}

async fn store_page(db: &Db, html: &str) -> ecosoc_watch::join::JoinSummary {
    let url = "https://press.un.org/en/2023/test9999.doc.htm";
    let fetched = Fetched {
        from: url.into(),
        sha256: sha256_hex(html.as_bytes()),
        body: html.as_bytes().to_vec(),
        http_status: Some(200),
        etag: None,
        last_modified: None,
        content_type: Some("text/html".into()),
    };
    let release = parse(html, Some(url));
    assert!(release.problems.is_empty(), "{:?}", release.problems);
    let mut tx = db.pool().begin().await.expect("a transaction");
    let document = store_document(
        &mut tx,
        "press_release",
        url,
        None,
        &fetched,
        "2026-11-27T00:00:00Z",
        "text/html",
    )
    .await
    .expect("the snapshot");
    store_release(
        &mut tx,
        url,
        document,
        &release,
        None,
        "2026-11-27T00:00:00Z",
    )
    .await
    .expect("the release");
    let joined = link_and_classify(&mut tx).await.expect("the join");
    tx.commit().await.expect("commit");
    joined
}

#[tokio::test]
async fn press_records_join_the_reports_history_and_disagreements_stay_visible() {
    let Some(shared) = shared_steinert_dir() else {
        return;
    };
    let options = ImportOptions::from(Location::Folder(shared.join("xlsx")));
    for test_db in testing::all_engines().await {
        let db = &test_db.db;
        import_steinert(db, &options)
            .await
            .expect("the reports import");
        let (agree, agree_org, agree_app) = reported(db, "deferred", 0).await;
        let (differ, differ_org, differ_app) = reported(db, "recommended", 0).await;
        // Spelled differently from the reports: upper case and spaces (same name key).
        let respelled = format!("  {}", agree.to_uppercase());
        let new_name = "Test-Only Press Organization for Joining";
        let joined = store_page(db, &page(&[&respelled, &differ, new_name])).await;
        assert_eq!(
            (
                joined.records,
                joined.linked_to_history,
                joined.organizations_created
            ),
            (3, 2, 1),
            "{joined:?}"
        );

        let linked: Vec<(String, Option<i64>, Option<i64>)> = sqlx::query(
            "select r.ngo, r.organization_id, a.application_id from press_record r \
             left join consideration c on c.consideration_id = r.consideration_id \
             left join application a on a.application_id = c.application_id order by r.press_record_id",
        )
        .fetch_all(db.pool())
        .await
        .expect("records")
        .into_iter()
        .map(|r| (r.get(0), r.get(1), r.get(2)))
        .collect();
        assert_eq!(linked.len(), 3);
        assert_eq!(
            (linked[0].1, linked[0].2),
            (Some(agree_org), Some(agree_app)),
            "{linked:?}"
        );
        assert_eq!(
            (linked[1].1, linked[1].2),
            (Some(differ_org), Some(differ_app)),
            "{linked:?}"
        );
        let created = linked[2].1.expect("a new organization for an unknown name");
        assert!(created != agree_org && created != differ_org);

        // Both sources' considerations of the recommended one are kept; the disagreement
        // is listed, the agreement is not.
        let decisions: Vec<(String, String)> = sqlx::query(
            "select c.source, c.decision from consideration c join session s on s.session_id = c.session_id \
             where c.application_id = $1 and s.year = 2023 and s.part = 'resumed' order by c.source",
        )
        .bind(differ_app)
        .fetch_all(db.pool())
        .await
        .expect("considerations")
        .into_iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
        assert_eq!(
            decisions,
            [
                ("press_release".into(), "deferred".into()),
                ("steinert".into(), "recommended".into())
            ]
        );
        let disagreements = db.disagreements().await.expect("disagreements");
        let found: Vec<(i64, &str)> = disagreements
            .iter()
            .map(|d| (d.organization_id, d.kind))
            .collect();
        // The unknown name is at a session the reports cover but do not list it at: a
        // disagreement of session (or a spelling the linking could not resolve).
        assert_eq!(
            found,
            [(differ_org, "decision"), (created, "session")],
            "{disagreements:?}"
        );

        // The organization's record shows the question, its asking state and the release.
        let detail = db
            .organization(agree_org)
            .await
            .expect("query")
            .expect("the organization");
        let press = detail
            .applications
            .iter()
            .flat_map(|a| &a.considerations)
            .find(|c| c.source == "press_release")
            .expect("the press consideration");
        assert_eq!(press.questions[0].state, "China");
        assert_eq!(press.country.as_deref(), Some("Testland"));
        assert!(
            press.evidence[0].locator.ends_with("test9999.doc.htm#p3"),
            "{:?}",
            press.evidence
        );
        assert_eq!(
            press.evidence[0].source.url,
            "https://press.un.org/en/2023/test9999.doc.htm"
        );
        // Counting one deferral once: the press consideration repeats the reports' one.
        let application = detail
            .applications
            .iter()
            .find(|a| a.id == agree_app)
            .unwrap();
        let reported_deferrals = application
            .considerations
            .iter()
            .filter(|c| c.source == "steinert" && c.decision == "deferred")
            .count() as i64;
        assert_eq!(application.deferrals, reported_deferrals);

        // A second reports import changes nothing and the links hold.
        let again = import_steinert(db, &options)
            .await
            .expect("a second import");
        assert_eq!(again.rows_changed(), 0, "{:?}", again.changes);
        let org: Option<i64> = sqlx::query_scalar(
            "select organization_id from press_record order by press_record_id limit 1",
        )
        .fetch_one(db.pool())
        .await
        .expect("a record");
        assert_eq!(org, Some(agree_org));
        who_asks_counts_the_release_by_hand(db).await;
        rates_restricted_by_the_country_the_release_prints(db, differ_org, agree_org).await;
        the_data_package_reads_back_whole(db).await;
        test_db.finish().await;
    }
}

/// The who-asks figures of 2023 from the fixture release: China asked about an application
/// the reports defer at the 2023 resumed session, Cuba about one they recommend (the release
/// says deferred: the reports' decision counts), Nicaragua about one only the release has.
/// All three sat on the Committee in 2023 (committee_membership.tsv).
async fn who_asks_counts_the_release_by_hand(db: &Db) {
    let query = WhoAsksQuery {
        from: 2023,
        to: 2023,
        area: None,
    };
    let answer = ecosoc_watch::answers::who_asks(db, &query)
        .await
        .expect("who asks");
    let reported: i64 = sqlx::query_scalar(
        "select count(distinct c.application_id) from consideration c \
         join application a on a.application_id = c.application_id \
         join session s on s.session_id = c.session_id \
         where c.source = 'steinert' and a.kind = 'status' and s.year = 2023 and s.part = 'resumed'",
    )
    .fetch_one(db.pool())
    .await
    .expect("a count");
    let row = |name: &str| -> &StateMeasure {
        answer
            .states
            .iter()
            .find(|s| s.state == name)
            .unwrap_or_else(|| panic!("{name} in {:?}", answer.states))
    };
    // (questions, considerations questioned, ended in deferral, its comparison base: the
    // reports' considerations of the session and the one only the release has, the same for
    // every state)
    for (state, deferred, base) in [
        ("China", 1, reported + 1),
        ("Cuba", 0, reported + 1),
        ("Nicaragua", 1, reported + 1),
    ] {
        let s = row(state);
        assert_eq!(
            (
                s.member_sessions,
                s.covered_sessions,
                s.releases_read,
                s.questions,
                s.considerations_questioned,
                s.deferral_linked,
                s.areas[0].all_considerations
            ),
            (2, 1, 1, 1, 1, deferred, base),
            "{state}: {s:?}"
        );
    }
    // Every 2023 member is listed; those that asked nothing have no questions, not a gap.
    assert!(answer.states.len() >= 19, "{}", answer.states.len());
    let silent = row("United Kingdom");
    assert_eq!((silent.member_sessions, silent.questions), (2, 0));
    assert_eq!(
        (
            answer.coverage.sessions,
            answer.coverage.sessions_with_questions,
            answer.coverage.releases_read
        ),
        (2, 1, 1)
    );
    assert!(
        answer.summary.contains("3 member states asked"),
        "{}",
        answer.summary
    );

    // The API gives the same answer, its CSV one row per state and area, and a 400 that names
    // a bad parameter.
    let app = testing::app(db);
    let (status, body) = testing::get(&app, "/api/v1/states/measures?from=2023&to=2023").await;
    assert_eq!(status, 200, "{body}");
    // The same serializer on the same numbers: the states' JSON appears as it is.
    let served: WhoAsks = serde_json::from_str(&body).expect("the answer");
    assert_eq!(served.states.len(), answer.states.len());
    let states = serde_json::to_string(&answer.states).expect("json");
    assert!(body.contains(&states), "{body}");
    let (status, csv) = testing::get(&app, "/api/v1/states/measures.csv?from=2023&to=2023").await;
    assert_eq!(status, 200);
    assert_eq!(csv.lines().count(), 1 + 6 * answer.states.len());
    assert!(
        csv.lines()
            .any(|l| l.starts_with("China,CHN,all,2,1,1,0,1,1,1,")),
        "{csv}"
    );
    for bad in ["area=gay", "from=1990", "chart=pie", "from=2024&to=2023"] {
        let (status, body) =
            testing::get(&app, &format!("/api/v1/states/measures.svg?{bad}")).await;
        assert_eq!(status, 400, "{bad}: {body}");
    }
    let (status, svg) = testing::get(
        &app,
        "/api/v1/states/measures.svg?from=2023&to=2023&chart=ratios",
    )
    .await;
    assert_eq!(status, 200);
    assert!(svg.contains("Nicaragua"), "{svg}");
    let (status, page) = testing::get(&app, "/en/who-asks?from=2023&to=2023").await;
    assert_eq!(status, 200);
    assert!(page.contains(r#"<tr data-state="Cuba">"#), "{page}");
    // The state's page carries its figures for the default range (2016–2024).
    let (status, page) = testing::get(&app, "/en/states/Nicaragua").await;
    assert_eq!(status, 200);
    assert!(
        page.contains("questioned 1 consideration, of which 1 ended in deferral"),
        "{page}"
    );
}

/// The release prints Testland (no such country: unsettled) for the first NGO, Nigeria for the
/// second and France for the third (known only from the release). The headline rates of 2023
/// restricted to Nigeria or Africa count exactly the second NGO's reported considerations.
async fn rates_restricted_by_the_country_the_release_prints(
    db: &Db,
    nigerian: i64,
    unsettled: i64,
) {
    let reported = |organization: i64| async move {
        let rows: Vec<(String,)> = sqlx::query_as(
            "select c.decision from consideration c join application a on a.application_id = c.application_id \
             join session s on s.session_id = c.session_id \
             where c.source = 'steinert' and a.kind = 'status' and s.year = 2023 and a.organization_id = $1",
        )
        .bind(organization)
        .fetch_all(db.pool())
        .await
        .expect("considerations");
        let deferred = rows.iter().filter(|(d,)| d == "deferred").count() as i64;
        (deferred, rows.len() as i64)
    };
    let (deferred, considered) = reported(nigerian).await;
    assert!(considered > 0);
    let app = testing::app(db);
    for restriction in ["country=NGA", "country=nga", "region=africa"] {
        let (status, body) = testing::get(
            &app,
            &format!("/api/v1/rates?from=2023&to=2023&{restriction}"),
        )
        .await;
        assert_eq!(status, 200, "{body}");
        let rates: app::model::Rates = serde_json::from_str(&body).expect("rates");
        let all = rates.rows.iter().find(|r| r.area == "all").expect("all");
        assert_eq!(
            (all.numerator, all.denominator),
            (deferred, considered),
            "{restriction}"
        );
        assert_eq!(rates.countries.with_country, considered, "{restriction}");
        assert_eq!(rates.countries.unsettled, reported(unsettled).await.1);
        assert!(
            rates.definition.contains("agree that they are based in"),
            "{}",
            rates.definition
        );
    }
    let (_, body) = testing::get(&app, "/api/v1/rates?from=2023&to=2023&region=europe").await;
    let rates: app::model::Rates = serde_json::from_str(&body).expect("rates");
    // The French NGO is known only from the release: the reports' rates have nothing of it.
    assert!(rates.rows.iter().all(|r| r.denominator == 0), "{body}");
    assert!(
        rates.summary.contains("organizations based in Europe"),
        "{}",
        rates.summary
    );
    for (bad, names) in [
        ("country=ZZZ", "`country`"),
        ("country=Nigeria", "`country`"),
        ("region=mars", "`region`"),
        ("region=africa&country=NGA", "`region`"),
    ] {
        let (status, body) = testing::get(&app, &format!("/api/v1/rates.csv?{bad}")).await;
        assert_eq!(status, 400, "{bad}: {body}");
        assert!(body.contains(names), "{bad}: {body}");
    }
    let (_, csv) = testing::get(&app, "/api/v1/rates.csv?from=2023&to=2023&country=NGA").await;
    assert!(
        csv.lines()
            .nth(1)
            .is_some_and(|l| l.contains(",2023,2023,all,,NGA,")),
        "{csv}"
    );
}

/// The data package read back as a reader would: every table's CSV has the schema's columns
/// and the database's row count, keys are unique, every foreign key resolves; two exports of
/// the same data are the same bytes, and /api/v1/export.zip serves that zip.
async fn the_data_package_reads_back_whole(db: &Db) {
    use std::collections::{HashMap, HashSet};
    let package = ecosoc_watch::export::build(db).await.expect("a package");
    let again = ecosoc_watch::export::build(db)
        .await
        .expect("a second package");
    assert_eq!(package, again, "the same data gives the same package");
    let zip = package.zip().expect("a zip");
    assert_eq!(zip, again.zip().expect("a zip"));

    let descriptor: serde_json::Value =
        serde_json::from_slice(&package.files["datapackage.json"]).expect("datapackage.json");
    assert_eq!(descriptor["version"], package.version.as_str());
    let resources = descriptor["resources"].as_array().expect("resources");
    let mut keys: HashMap<String, HashSet<String>> = HashMap::new();
    let mut tables: HashMap<String, (Vec<String>, Vec<csv::StringRecord>)> = HashMap::new();
    for resource in resources {
        let name = resource["name"].as_str().expect("a name").to_string();
        let path = resource["path"].as_str().expect("a path");
        let mut reader = csv::Reader::from_reader(package.files[path].as_slice());
        let header: Vec<String> = reader
            .headers()
            .expect("a header")
            .iter()
            .map(String::from)
            .collect();
        let fields: Vec<String> = resource["schema"]["fields"]
            .as_array()
            .expect("fields")
            .iter()
            .map(|f| f["name"].as_str().expect("a field name").to_string())
            .collect();
        assert_eq!(header, fields, "{name}");
        let records: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a row")).collect();
        let count: i64 = sqlx::query_scalar(&format!("select count(*) from {name}"))
            .fetch_one(db.pool())
            .await
            .expect("a count");
        assert_eq!(records.len() as i64, count, "{name}");
        let key = resource["schema"]["primaryKey"].as_str().expect("a key");
        let at = header
            .iter()
            .position(|h| h == key)
            .expect("the key column");
        let values: HashSet<String> = records.iter().map(|r| r[at].to_string()).collect();
        assert_eq!(values.len(), records.len(), "{name}: unique keys");
        keys.insert(name.clone(), values);
        tables.insert(name, (header, records));
    }
    let mut checked = 0;
    for resource in resources {
        let name = resource["name"].as_str().expect("a name");
        let (header, records) = &tables[name];
        for fk in resource["schema"]["foreignKeys"].as_array().expect("keys") {
            let column = fk["fields"].as_str().expect("a column");
            let target = fk["reference"]["resource"].as_str().expect("a table");
            let at = header.iter().position(|h| h == column).expect("the column");
            for record in records {
                let value = &record[at];
                assert!(
                    value.is_empty() || keys[target].contains(value),
                    "{name}.{column} = {value} has no {target}"
                );
                checked += usize::from(!value.is_empty());
            }
        }
    }
    assert!(checked > 1000, "{checked} references checked");
    for file in ["README.md", "CITATION.cff"] {
        let text = String::from_utf8(package.files[file].clone()).expect("text");
        assert!(text.contains(&package.version), "{file}");
    }

    let app = testing::app(db);
    let (status, body) = testing::get(&app, "/api/v1/export.zip").await;
    assert_eq!(status, 200);
    // The body came through as lossy text; its length and the zip's end record tell enough.
    assert!(!body.is_empty());
}

"""Extraction quality: seed gates, the corpus check, dev-set floors and rule-family examples.

Everything runs the real pipeline (spaCy models, gazetteer, money grammar, DuckDB store).
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from analytics.articles import ArticleInput
from analytics.extraction.entities import client_list_candidates
from analytics.extraction.pipeline import run_extraction
from analytics.figures import disclosed_investment_usd, format_usd
from analytics.prepare import prepare
from analytics.queries import facts_frame
from analytics.store import open_store
from tests.conftest import DEV, SEEDS, SHARED, run_cli

KINDS = ("entities", "investments", "talent_moves", "vendor_preferences")
#: The issue's quality gate: dev-set F1 for every kind, overall and for French and English separately
#: (python -m analytics extract tests/data/dev/*.txt --json, scored with ../shared/tools/score.py --by-language).
GATE = 0.85
GATED_BUCKETS = ("all", "lang:fr", "lang:en")
#: The held-out set (tests/data/holdout/) is never used to develop rules: its floors (the measured scores, rounded
#: down) guard generalisation against regressions.
HOLDOUT = DEV.parent / "holdout"
HOLDOUT_FLOORS = {"entities": 0.90, "investments": 0.76, "talent_moves": 0.50, "vendor_preferences": 0.48}


def _scorer():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("score", SHARED / "tools" / "score.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def _f1(gold_paths: list[Path], pred: dict, bucket: str = "all") -> dict[str, float]:
    score = _scorer()
    counts, _notes = score.score(score.load_gold([str(p) for p in gold_paths]), pred)
    return {kind: score.prf(*counts[(bucket, kind)])[2] for kind in KINDS}


def test_seed_gold_is_extracted_exactly(seeds_extract: dict) -> None:
    assert _f1([SEEDS / "gold.json"], seeds_extract) == {kind: 1.0 for kind in KINDS}


def test_seed_corpus_has_one_meta_scale_investment(seeds_extract: dict, seed_store: Path) -> None:
    investments = [f for f in seeds_extract["facts"] if f["type"] == "investment"]
    (deal,) = investments
    assert (deal["investor"], deal["target"]) == ("Meta", "Scale AI")
    assert deal["amount_usd"] == pytest.approx(14.3e9) and deal["valuation_usd"] == pytest.approx(29e9)
    assert {s["article_id"] for s in deal["sources"]} == {"000_3e7baa42ad9fac7b", "004_81a9529619b7fbb5"}
    with open_store(seed_store, read_only=True) as con:
        total = disclosed_investment_usd(facts_frame(con))
    assert format_usd(total) == "$14.3B"


@pytest.fixture(scope="module")
def dev_extract() -> dict:
    proc = run_cli("extract", *sorted(str(p) for p in DEV.glob("*.txt")), "--json", check=True)
    return json.loads(proc.stdout)


def test_dev_set_shape() -> None:
    gold = [json.loads(p.read_text(encoding="utf-8")) for p in DEV.glob("*.json")]
    langs = [g["language"] for g in gold]
    assert len(gold) >= 50
    assert (langs.count("fr"), langs.count("en")) >= (18, 18) and min(langs.count("de"), langs.count("es")) >= 7


@pytest.mark.parametrize("bucket", GATED_BUCKETS)
def test_dev_set_meets_the_quality_gate(dev_extract: dict, bucket: str) -> None:
    f1 = _f1([DEV], dev_extract, bucket)
    print(f"dev-set F1 ({bucket}):", {k: round(v, 3) for k, v in f1.items()})
    assert all(f1[k] >= GATE for k in KINDS), f1


def test_holdout_scores_stay_above_floors() -> None:
    proc = run_cli("extract", *sorted(str(p) for p in HOLDOUT.glob("*.txt")), "--json", check=True)
    f1 = _f1([HOLDOUT], json.loads(proc.stdout))
    print("held-out F1:", {k: round(v, 3) for k, v in f1.items()})
    assert all(f1[k] >= HOLDOUT_FLOORS[k] for k in KINDS), f1


def _facts(text: str, lang: str) -> list[dict]:
    article = prepare(ArticleInput(text=text, path="example", id="example", language=lang))
    (result,) = run_extraction([article]).values()
    return [{k: v for k, v in f.items() if k not in ("evidence", "ev_start", "ev_end", "confidence") and v is not None}
            for f in result.facts]


def _has(facts: list[dict], **expected: object) -> bool:
    return any(all(f.get(k) == v for k, v in expected.items()) for f in facts)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Nvidia invested $100 million in CoreWeave in April 2023, the company said.",
     {"investor": "Nvidia", "target": "CoreWeave", "amount_usd": 100e6}),
    ("fr", "Microsoft a investi 15 millions d'euros dans Mistral AI, selon la start-up parisienne.",
     {"investor": "Microsoft", "target": "Mistral AI", "amount": 15e6, "currency": "EUR"}),
    ("de", "Der Konzern SAP investiert 500 Millionen Euro in Aleph Alpha, heißt es.",
     {"investor": "SAP", "target": "Aleph Alpha", "amount": 500e6, "currency": "EUR"}),
    ("es", "Amazon invierte 4.000 millones de dólares en Anthropic, según fuentes del sector.",
     {"investor": "Amazon", "target": "Anthropic", "amount_usd": 4e9}),
    ("en", "Databricks raised $10 billion in a round led by Thrive Capital, valuing it at $62 billion.",
     {"investor": None, "target": "Databricks", "amount_usd": 10e9, "valuation_usd": 62e9}),
    ("en", "Cohere said it had closed a $500 million round co-led by Radical Ventures and Inovia Capital.",
     {"investor": "Inovia Capital", "target": "Cohere"}),
    ("fr", "Pigment lève 145 millions de dollars. L'opération est menée par ICONIQ Growth, avec la participation d'IVP.",
     {"investor": "IVP", "target": "Pigment"}),
    ("fr", "Nabla a obtenu 24 millions d'euros de la part de Cathay Innovation.",
     {"investor": "Cathay Innovation", "target": "Nabla", "amount": 24e6, "currency": "EUR"}),
    ("de", "Die Schwarz Gruppe beteiligt sich mit 100 Millionen Euro an Aleph Alpha.",
     {"investor": "Schwarz Gruppe", "target": "Aleph Alpha", "amount": 100e6}),
    ("es", "La startup española Freepik ha levantado 50 millones de euros en una ronda liderada por EQT.",
     {"investor": "EQT", "target": "Freepik"}),
    # a list of backers in the next sentence, names known only from the list (no NER in de/es)
    ("es", "Freepik ha cerrado una ronda de 50 millones de euros. La ronda cuenta con la participación de Kibo Ventures; "
           "la Sociedad Pública de Inversión (SPI); Seaya Capital y Toshiba.",
     {"investor": "Toshiba", "target": "Freepik"}),
    ("de", "Helsing hat 600 Millionen Euro eingesammelt. Angeführt wird die Runde von Prima Materia. Diesmal beteiligen "
           "sich außerdem die Bestandsinvestoren Lightspeed, Plural und der Rüstungskonzern Saab.",
     {"investor": "Plural", "target": "Helsing"}),
    ("fr", "Poolside lève 500 millions de dollars. Parmi les participants figurent notamment DST Global, Citi Ventures "
           "ainsi que Nvidia.", {"investor": "Citi Ventures", "target": "Poolside"}),
    ("en", "Poolside raised $500 million. Among the investors were DST Global, Citi Ventures and Nvidia.",
     {"investor": "Citi Ventures", "target": "Poolside"}),
    # backers who took part in a round of the one other company named
    ("de", "Für Aleph Alpha: Bosch und SAP hatten sich gemeinsam mit der Schwarz Gruppe an der Finanzierungsrunde über "
           "500 Millionen US-Dollar beteiligt.", {"investor": "Schwarz Gruppe", "target": "Aleph Alpha"}),
    ("fr", "Bpifrance et Nvidia ont participé au tour de table de 600 millions d'euros de Mistral AI.",
     {"investor": "Bpifrance", "target": "Mistral AI"}),
    ("es", "Nvidia y Samsung participaron en la ronda de 600 millones de euros de Mistral AI.",
     {"investor": "Samsung", "target": "Mistral AI"}),
    # "with A and B joining as backers": both, after "with"
    ("en", "xAI raises $6 billion in new funding, with Nvidia and AMD joining as strategic backers.",
     {"investor": "Nvidia", "target": "xAI"}),
    # German object after a noun phrase of capitalised common nouns; "steigt mit N bei X ein"
    ("de", "Microsoft investiert 15 Millionen Euro in das französische KI-Start-up Mistral AI.",
     {"investor": "Microsoft", "target": "Mistral AI", "amount": 15e6, "currency": "EUR"}),
    ("de", "Microsoft steigt mit 15 Millionen Euro bei dem Start-up Mistral AI ein.",
     {"investor": "Microsoft", "target": "Mistral AI", "amount": 15e6}),
    # a backer's own share told after the round
    ("en", "OpenAI raised $40 billion. SoftBank is leading the round and will supply the bulk of it: $30 billion.",
     {"investor": "SoftBank", "target": "OpenAI", "amount_usd": 30e9}),
    # a fronted round: the main clause's subject is the company
    ("fr", "Six mois à peine après un premier tour de 105 millions d'euros mené par Lightspeed, un record pour un "
           "amorçage en Europe, Mistral AI change de dimension.",
     {"investor": "Lightspeed Venture Partners", "target": "Mistral AI"}),
    ("en", "Six months after a $113 million seed round led by Lightspeed Venture Partners, Mistral AI is raising again.",
     {"target": "Mistral AI", "amount_usd": 113e6, "round": "seed"}),
    # another round of the company just told, its subject implied
    ("de", "Helsing sammelt 600 Millionen Euro ein. Angeführt wird die Runde von Prima Materia. Bereits 2021 hatte "
           "Prima Materia eine Runde über 102,5 Millionen Euro angeführt.",
     {"target": "Helsing", "amount": 102.5e6, "currency": "EUR"}),
    ("fr", "Mistral AI lève 600 millions d'euros. En décembre dernier, la pépite avait déjà levé 385 millions "
           "d'euros, notamment auprès d'Andreessen Horowitz.", {"investor": "Andreessen Horowitz", "target": "Mistral AI"}),
    ("de", "Helsing sammelt 600 Millionen Euro ein. Angeführt wird die Runde von Prima Materia. Bereits 2021 hatte "
           "Prima Materia eine Runde über 50 Millionen Euro bei Parloa angeführt.",
     {"investor": "Prima Materia", "target": "Parloa"}),
    # a subject after a month adverbial; a description read as the target is the investor's other antecedent
    ("es", "Mistral AI capta 600 millones de euros. Y en febrero Microsoft invirtió 15 millones de euros en la start-up.",
     {"investor": "Microsoft", "target": "Mistral AI", "amount": 15e6}),
    # a subject after a date adverbial
    ("es", "En marzo de 2024 Multiverse Computing había levantado 25 millones de euros en una serie A liderada por "
           "Columbus Venture Partners.", {"investor": "Columbus Venture Partners", "target": "Multiverse Computing"}),
    # money flowing into a company, the amount as subject; a verb-final lead in a relative clause
    ("de", "Parloa hat es geschafft. In der Serie C fließen 120 Millionen Dollar in die Firma, angeführt von "
           "Durable Capital Partners.", {"target": "Parloa", "amount_usd": 120e6}),
    # a hyphenated role compound before the name is no part of it
    ("de", "Parloa hat es geschafft. In der Serie C fließen 120 Millionen Dollar in die Firma, angeführt vom "
           "US-Investor Durable Capital Partners.", {"investor": "Durable Capital Partners", "target": "Parloa"}),
    ("de", "Erst vor einem Jahr hatte Parloa 66 Millionen Dollar in einer Serie-B-Runde eingesammelt, die damals "
           "Altimeter Capital anführte.", {"investor": "Altimeter Capital", "target": "Parloa"}),
    # the subjects of a verb of taking part are backers, as are those listed after it
    ("en", "Cohere closed a $500 million round led by Radical Ventures. Existing backers Nvidia and Salesforce Ventures "
           "also participated, along with Inovia Capital.", {"investor": "Nvidia", "target": "Cohere"}),
    ("fr", "Mistral AI lève 600 millions d'euros auprès de General Catalyst. Nvidia et Salesforce Ventures ont "
           "également participé, aux côtés de Lightspeed Venture Partners.", {"investor": "Nvidia", "target": "Mistral AI"}),
    # a stake held
    ("en", "Microsoft owns 49% of OpenAI.", {"investor": "Microsoft", "target": "OpenAI", "stake_pct": 49}),
    ("fr", "Microsoft détient 49 % d'OpenAI.", {"investor": "Microsoft", "target": "OpenAI", "stake_pct": 49}),
    ("es", "Microsoft posee el 49 % de OpenAI.", {"investor": "Microsoft", "target": "OpenAI", "stake_pct": 49}),
    # a described round target takes the headline's company when the amounts agree
    ("de", "Forscher gründen Black Forest Labs – und holen 31 Millionen Dollar\n\nAlle drei hatten zuvor bei Stability AI "
           "geforscht. Für den Start hat das junge Unternehmen eine Seed-Finanzierungsrunde über 31 Millionen US-Dollar "
           "abgeschlossen.", {"target": "Black Forest Labs", "amount_usd": 31e6}),
    # a second investor whose clause leaves out the company, its amount's currency left out too
    ("es", "Microsoft invertirá hasta 5.000 millones de dólares en Anthropic y Nvidia pondrá hasta 10.000 millones.",
     {"investor": "Nvidia", "target": "Anthropic", "amount_usd": 10e9}),
    ("en", "Nvidia will invest $2 billion in xAI and Cisco will put in 500 million.",
     {"investor": "Cisco", "target": "xAI", "amount_usd": 500e6}),
    ("fr", "Microsoft investit 2 milliards de dollars dans Mistral AI et Nvidia apporte 1 milliard.",
     {"investor": "Nvidia", "target": "Mistral AI", "amount_usd": 1e9}),
    # a pronoun subject after a fronted date; backers "leading the extension" after the round
    ("en", "Covariant was among the richly funded robotics startups. In April 2023 it added $75 million to its Series C "
           "round, with Radical Ventures and Index Ventures leading the extension.",
     {"investor": "Index Ventures", "target": "Covariant"}),
    ("es", "Multiverse Computing cerró una ronda de 189 millones de euros, con Bullhound Capital liderando la ronda.",
     {"investor": "Bullhound Capital", "target": "Multiverse Computing"}),
    # an earlier tranche of the investment just told, with its own date (and a currency told before)
    ("fr", "Amazon a annoncé vendredi un nouvel investissement de 4 milliards de dollars dans Anthropic. Il s'ajoute aux "
           "4 milliards de dollars déjà investis à partir de septembre 2023.",
     {"investor": "Amazon", "target": "Anthropic", "amount_usd": 4e9, "date": "2023-09"}),
    ("es", "Amazon anunció una inversión adicional de 2.750 millones de dólares en Anthropic. El primer tramo, de "
           "1.250 millones, se desembolsó en septiembre de 2023.",
     {"investor": "Amazon", "target": "Anthropic", "amount_usd": 1.25e9}),
    ("en", "Amazon is investing another $4 billion in Anthropic. The first tranche of $1.25 billion was invested in "
           "September 2023.", {"investor": "Amazon", "target": "Anthropic", "amount_usd": 1.25e9}),
    # people who also invested, in a sentence of their own
    ("en", "Perplexity raised a $73.6 million round in January 2024 led by IVP. Jeff Bezos also invested.",
     {"investor": "Jeff Bezos", "target": "Perplexity"}),
    ("de", "Black Forest Labs sammelte 31 Millionen Dollar ein, angeführt von General Catalyst. Garry Tan beteiligte "
           "sich ebenfalls.", {"investor": "Garry Tan", "target": "Black Forest Labs"}),
    # the size of a round its lead takes part in, a decimal comma inside the round phrase
    ("fr", "Le fabricant ASML mène la série C de 1,7 Md€ de Mistral AI en y apportant à lui seul 1,3 milliard d'euros.",
     {"target": "Mistral AI", "amount": 1.7e9}),
    ("es", "ASML lidera la ronda de 1.700 millones de euros de Mistral AI, aportando 1.300 millones.",
     {"target": "Mistral AI", "amount": 1.7e9}),
    # a pronoun object after the trigger: the company named before the investor
    ("en", "OpenAI is distancing itself from Scale AI since Meta agreed to buy a 49% stake in it for $14.3bn.",
     {"investor": "Meta", "target": "Scale AI", "amount_usd": 14.3e9}),
    ("fr", "OpenAI s'éloigne de Scale AI depuis que Meta a pris une participation de 49 % dans celle-ci pour 14,3 "
           "milliards de dollars.", {"investor": "Meta", "target": "Scale AI", "amount_usd": 14.3e9}),
    # two investors with one joint sum: the sum is the deal's, each investor has no amount of their own; a bare
    # headline amount takes the article's currency
    ("es", "Microsoft y Nvidia invertirán hasta 15.000 millones en Anthropic\n\nMicrosoft invertirá hasta 5.000 millones "
           "de dólares en Anthropic y Nvidia pondrá hasta 10.000 millones.",
     {"target": "Anthropic", "amount_usd": 15e9}),
    ("en", "Nvidia and Cisco invest $1 billion in xAI.", {"investor": "Cisco", "target": "xAI"}),
    ("en", "Nvidia and Cisco each invest $1 billion in xAI.", {"investor": "Cisco", "target": "xAI", "amount_usd": 1e9}),
    # a role compound before a given name is neither part of the name nor a backer; "Business Angels" is no name
    ("de", "Black Forest Labs hat eine Seed-Runde über 31 Millionen Dollar abgeschlossen, angeführt von Andreessen "
           "Horowitz. Auch General Catalyst ist dabei, zudem beteiligen sich Business Angels wie der frühere Hollywood-Agent "
           "Michael Ovitz.",
     {"investor": "Michael Ovitz", "target": "Black Forest Labs"}),
])
def test_investment_rules(lang: str, text: str, expected: dict) -> None:
    facts = [f for f in _facts(text, lang) if f["type"] == "investment"]
    wanted = {k: v for k, v in expected.items() if v is not None}
    assert _has(facts, **wanted), facts
    if expected.get("investor", "") is None:
        assert any("investor" not in f for f in facts) and _has(facts, investor="Thrive Capital", target="Databricks")


@pytest.mark.parametrize("text", [
    "Microsoft has invested more than $13 billion in OpenAI in total since 2019.",
    "Meta is in talks to invest in Safe Superintelligence, people familiar said.",
    "Apple did not invest in OpenAI, the company said.",
    # a planned raise of up to N while talks go on
    "Surge AI has hired advisers for a raise of as much as $1 billion, the people said, cautioning that the talks are "
    "at an early stage.",
    # customers, a future round
    "Multiverse Computing counts more than a hundred customers, including Iberdrola and Bosch.",
    "The sum will be converted into shares in the next funding round of Mistral AI.",
    # a commitment to buy a supplier's services
    "As part of the deal, OpenAI committed to purchase an additional $250 billion of Azure services.",
    "Anthropic has committed to spend $30 billion on Azure compute capacity.",
    # a share of a market is no stake
    "Nvidia holds 80% of the market for AI chips.",
])
def test_investment_non_facts(text: str) -> None:
    assert not [f for f in _facts(text, "en") if f["type"] == "investment"]


@pytest.mark.parametrize(("lang", "text", "not_backer"), [
    ("en", "Poolside raises $500 million to take on OpenAI.", "OpenAI"),  # a rival after a purpose clause
    ("fr", "IA pour le code : Poolside lève 500 millions de dollars pour défier OpenAI.", "OpenAI"),
    ("fr", "Thinking Machines Lab : la start-up de Mira Murati lève 2 milliards de dollars.", "Mira Murati"),  # owner
    ("es", "Multiverse asegura contar con más de un centenar de clientes, entre ellos Iberdrola y Bosch. "
           "La ronda de 189 millones de euros fue liderada por Bullhound Capital.", "Iberdrola"),  # customers
    ("de", "Angeführt wird die Runde von Prima Materia, der Investmentgesellschaft von Daniel Ek.", "Daniel Ek"),
    ("en", "Poolside raised new funding from Sequoia Capital and Andreessen Horowitz.", "Poolside"),  # a raise's noun
    ("es", "La operación llega tres semanas después del lanzamiento de Claude 3, que supera a GPT-4 de OpenAI, "
           "según Anthropic.", "OpenAI"),  # a possessive "de", no money
    ("fr", "Le montant égale les 2 milliards de dollars levés en avril par Safe Superintelligence (SSI), la start-up "
           "d'un autre ancien d'OpenAI.", "OpenAI"),
    ("en", "Microsoft invested $1 billion in OpenAI and Google could add 2 billion.", "Google"),  # a hedged second clause
    ("en", "OpenAI is winding down its work with Scale AI as customers pull back after Meta's $14.3bn deal.", "OpenAI"),
    ("fr", "Meta détient 10 % du marché publicitaire de Google, selon eMarketer.", "Meta"),  # a market share
    ("de", "Black Forest Labs hat eine Seed-Runde über 31 Millionen Dollar abgeschlossen, angeführt von Andreessen "
           "Horowitz. Auch General Catalyst ist dabei, zudem beteiligen sich Business Angels wie Michael Ovitz.",
     "Business Angels"),
    ("en", "Meta invested $14.3 billion in Scale AI. Meta's investment came alongside the departure of Scale's CEO, "
           "Alexandr Wang, who left the company to join Meta.", "Alexandr Wang"),  # a person moving, not a backer
    ("fr", "Safe Superintelligence a levé 1 milliard de dollars auprès de Sequoia Capital. Le chercheur avait participé "
           "en novembre 2023 à l'éviction de Sam Altman.", "Sam Altman"),
])
def test_investment_wrong_backers(lang: str, text: str, not_backer: str) -> None:
    assert not _has([f for f in _facts(text, lang) if f["type"] == "investment"], investor=not_backer)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Jan Leike left OpenAI to join Anthropic in May.",
     {"person": "Jan Leike", "from_org": "OpenAI", "to_org": "Anthropic"}),
    ("fr", "Ruben Mayer, ancien cadre de Scale AI, a quitté Meta après deux mois.",
     {"person": "Ruben Mayer", "from_org": "Meta"}),
    ("fr", "Meta a recruté plus de 50 chercheurs auprès de ses concurrents, dont OpenAI et Alphabet.",
     {"person": None, "count": 50, "from_org": "Alphabet", "to_org": "Meta"}),
    ("de", "Mustafa Suleyman wechselt von Inflection AI zu Microsoft.",
     {"person": "Mustafa Suleyman", "to_org": "Microsoft"}),
    ("en", "Apple poached Ruoming Pang from Google in 2021.",
     {"person": "Ruoming Pang", "from_org": "Google", "to_org": "Apple"}),
    ("fr", "Yann LeCun quitte Meta pour fonder sa propre start-up, AMI Labs.",
     {"person": "Yann LeCun", "from_org": "Meta", "to_org": "AMI Labs"}),
    ("en", "Microsoft laid off 10,000 employees in January.",
     {"person": None, "count": 10000, "from_org": "Microsoft"}),
    # people referred to without their name: a sentence-initial title, pronouns, "the two engineers"
    ("fr", "Noam Shazeer revient chez Google. Le cofondateur de Character.AI quitte la start-up pour rejoindre Google DeepMind.",
     {"person": "Noam Shazeer", "from_org": "Character.AI", "to_org": "Google DeepMind"}),
    ("en", "Andrej Karpathy left OpenAI in February; in July he started his own venture, Eureka Labs.",
     {"person": "Andrej Karpathy", "from_org": "OpenAI", "to_org": "Eureka Labs"}),
    ("de", "Hinter dem Start-up stehen Robin Rombach, Andreas Blattmann und Patrick Esser. Sie verließen Stability AI im "
           "Frühjahr und gründeten Black Forest Labs.",
     {"person": "Patrick Esser", "from_org": "Stability AI", "to_org": "Black Forest Labs"}),
    ("es", "Noam Shazeer y Daniel De Freitas presentaron el proyecto. Los dos ingenieros dejaron Google en 2021 para fundar "
           "Character.AI.",
     {"person": "Daniel De Freitas", "from_org": "Google", "to_org": "Character.AI"}),
    # companions and staff going along with someone
    ("fr", "Mustafa Suleyman quitte Inflection AI pour rejoindre Microsoft. Il est accompagné de Karén Simonyan ainsi que "
           "d'une partie des équipes.",
     {"person": "Karén Simonyan", "from_org": "Inflection AI", "to_org": "Microsoft"}),
    ("fr", "Mustafa Suleyman quitte Inflection AI pour rejoindre Microsoft. Il est accompagné de Karén Simonyan ainsi que "
           "d'une partie des équipes.",
     {"person": None, "from_org": "Inflection AI", "to_org": "Microsoft"}),
    ("en", "Alexandr Wang is leaving Scale AI to join Meta. A small number of other Scale AI employees will follow him.",
     {"person": None, "from_org": "Scale AI", "to_org": "Meta"}),
    ("en", "Microsoft paid Inflection AI $650 million while hiring co-founder Mustafa Suleyman and most of the startup's staff.",
     {"person": "Mustafa Suleyman", "from_org": "Inflection AI", "to_org": "Microsoft"}),
    ("de", "Alexandr Wang wechselt von Scale AI zu Meta. Einige Scale-Mitarbeiter folgen ihm.",
     {"person": None, "from_org": "Scale AI", "to_org": "Meta"}),
    ("fr", "En juin, Amazon a fait de même avec Adept : le directeur général de la jeune pousse, David Luan, a rejoint "
           "le géant de Seattle avec plusieurs cofondateurs.",
     {"person": "David Luan", "from_org": "Adept", "to_org": "Amazon"}),
    # subjects after the verb; the company a person leads; followers; where a person works now
    ("de", "Im Oktober verließ Technikchef Jonas Andrulis überraschend Aleph Alpha.",
     {"person": "Jonas Andrulis", "from_org": "Aleph Alpha"}),
    ("es", "En octubre dejó Carlos Pérez la empresa Telefónica.",
     {"person": "Carlos Pérez", "from_org": "Telefónica"}),
    ("fr", "Kyutai a été lancé en novembre. Il est dirigé par Patrick Pérez, qui a quitté Valeo pour prendre la tête "
           "de l'équipe scientifique.",
     {"person": "Patrick Pérez", "from_org": "Valeo", "to_org": "Kyutai"}),
    ("en", "Kyutai launched in November. The lab is led by Patrick Pérez, who left Google to head its research team.",
     {"person": "Patrick Pérez", "from_org": "Google", "to_org": "Kyutai"}),
    ("fr", "Ruoming Pang a quitté Apple pour Meta en juillet. Plusieurs chercheurs de son équipe l'ont depuis suivi chez Meta.",
     {"person": None, "from_org": "Apple", "to_org": "Meta"}),
    ("en", "Ruoming Pang left Apple for Meta in July. Several researchers from his team have followed him.",
     {"person": None, "from_org": "Apple", "to_org": "Meta"}),
    ("de", "Alexandr Wang ist ein Mensch mit Plan. Der 28-Jährige hat Scale AI gegründet. Nun wechselt er zu Meta.",
     {"person": "Alexandr Wang", "from_org": "Scale AI", "to_org": "Meta"}),
    ("en", "Alexandr Wang is a man with a plan. The 28-year-old founded Scale AI. Now he is joining Meta.",
     {"person": "Alexandr Wang", "from_org": "Scale AI", "to_org": "Meta"}),
    ("en", "Google hired Windsurf CEO Varun Mohan. He joined Google DeepMind on Friday.",
     {"person": "Varun Mohan", "from_org": "Windsurf", "to_org": "Google DeepMind"}),
    ("en", "Ruoming Pang leads the team. He came to Apple from Google in 2021.",
     {"person": "Ruoming Pang", "from_org": "Google", "to_org": "Apple"}),
    ("de", "Reto Spörri wechselte im Juli von Schwarz Digits zu Aleph Alpha. Ilhan Scheer kam zur gleichen Zeit von der "
           "Unternehmensberatung Accenture.",
     {"person": "Ilhan Scheer", "from_org": "Accenture", "to_org": "Aleph Alpha"}),
    ("fr", "Reto Spörri est passé chez Aleph Alpha en juillet. Ilhan Scheer venait de Accenture.",
     {"person": "Ilhan Scheer", "from_org": "Accenture", "to_org": "Aleph Alpha"}),
    # the company founded on leaving, told in a relative clause
    ("en", "Mustafa Suleyman is leaving Inflection AI, the startup he founded in 2022 after leaving Google, to run Microsoft AI.",
     {"person": "Mustafa Suleyman", "from_org": "Google", "to_org": "Inflection AI"}),
    ("es", "Mustafa Suleyman deja Inflection AI, la empresa que fundó en 2022 tras dejar Google, para dirigir Microsoft AI.",
     {"person": "Mustafa Suleyman", "from_org": "Google", "to_org": "Inflection AI"}),
    ("en", "Elon Musk's xAI has hired Peter Bannon to lead a new hardware team. He joins from Tesla.",
     {"person": "Peter Bannon", "from_org": "Tesla", "to_org": "xAI"}),
    ("es", "Mistral AI ha contratado a Juan Pérez, que dirigía el equipo de IA de Google. Con él llegan también una "
           "decena de ingenieros de Google.",
     {"person": None, "count": 10, "from_org": "Google", "to_org": "Mistral AI"}),
    ("de", "Mira Murati verließ OpenAI im September. Sie gründete anschließend Thinking Machines Lab.",
     {"person": "Mira Murati", "from_org": "OpenAI", "to_org": "Thinking Machines Lab"}),
    ("en", "Ilya Sutskever left OpenAI in May. He then founded Safe Superintelligence.",
     {"person": "Ilya Sutskever", "from_org": "OpenAI", "to_org": "Safe Superintelligence"}),
    ("fr", "Joëlle Pineau, qui travaillait auparavant chez Meta, rejoint Cohere.",
     {"person": "Joelle Pineau", "from_org": "Meta", "to_org": "Cohere"}),
    # a hire verb opening a sentence continues the previous hirer
    ("es", "Meta ha fichado a Lucas Beyer. También ha incorporado a Daniel Gross, que ha abandonado Safe Superintelligence.",
     {"person": "Daniel Gross", "from_org": "Safe Superintelligence", "to_org": "Meta"}),
    # founders: "founded by former A executive X", "founded by X and Y, who both left A"
    ("en", "Thinking Machines Lab, the startup founded by former OpenAI CTO Mira Murati, raised $2 billion.",
     {"person": "Mira Murati", "from_org": "OpenAI", "to_org": "Thinking Machines Lab"}),
    ("fr", "Thinking Machines Lab, la start-up fondée par l'ancienne directrice technique d'OpenAI Mira Murati, a levé "
           "2 milliards de dollars.",
     {"person": "Mira Murati", "from_org": "OpenAI", "to_org": "Thinking Machines Lab"}),
    ("en", "Anthropic was founded in 2021 by Dario Amodei and his sister Daniela Amodei, who both left OpenAI to start it.",
     {"person": "Dario Amodei", "from_org": "OpenAI", "to_org": "Anthropic"}),
    ("es", "Anthropic fue fundada en 2021 por Dario Amodei y Daniela Amodei, hermanos, que abandonaron OpenAI para crear "
           "un laboratorio.",
     {"person": "Dario Amodei", "from_org": "OpenAI", "to_org": "Anthropic"}),
    # one move told in two parts: join first and departure after, "now works for", a new role after leaving
    ("fr", "Daniel Gross rejoint Meta. Il avait quitté Safe Superintelligence le mois dernier.",
     {"person": "Daniel Gross", "from_org": "Safe Superintelligence", "to_org": "Meta"}),
    ("de", "Daniel Gross wechselt zu Meta. Er hatte Safe Superintelligence im Juni verlassen.",
     {"person": "Daniel Gross", "from_org": "Safe Superintelligence", "to_org": "Meta"}),
    ("es", "Daniel Gross se une a Meta. Había dejado Safe Superintelligence el mes pasado.",
     {"person": "Daniel Gross", "from_org": "Safe Superintelligence", "to_org": "Meta"}),
    ("de", "Peter Bannon hat Tesla im Mai verlassen. Inzwischen arbeitet er für xAI.",
     {"person": "Peter Bannon", "from_org": "Tesla", "to_org": "xAI"}),
    ("en", "Peter Bannon left Tesla in May. He now works at xAI.",
     {"person": "Peter Bannon", "from_org": "Tesla", "to_org": "xAI"}),
    ("es", "Peter Bannon dejó Tesla en mayo. Ahora trabaja para xAI.",
     {"person": "Peter Bannon", "from_org": "Tesla", "to_org": "xAI"}),
    ("en", "Barret Zoph left OpenAI in September. In February he became chief technology officer of Thinking Machines Lab.",
     {"person": "Barret Zoph", "from_org": "OpenAI", "to_org": "Thinking Machines Lab"}),
    ("de", "Barret Zoph verließ OpenAI im September. Im Februar wurde er zum Technikchef von Thinking Machines Lab.",
     {"person": "Barret Zoph", "from_org": "OpenAI", "to_org": "Thinking Machines Lab"}),
    ("fr", "Barret Zoph, parti d'OpenAI en septembre, est devenu directeur technique de Thinking Machines Lab.",
     {"person": "Barret Zoph", "from_org": "OpenAI", "to_org": "Thinking Machines Lab"}),
    ("fr", "Yann LeCun quitte Meta et lance AMI Labs, sa propre start-up.",
     {"person": "Yann LeCun", "from_org": "Meta", "to_org": "AMI Labs"}),
    ("es", "Mira Murati deja OpenAI y lanza Thinking Machines Lab.",
     {"person": "Mira Murati", "from_org": "OpenAI", "to_org": "Thinking Machines Lab"}),
    # a past role in a relative clause, a possessive, a hire participle: the origin
    ("en", "Nat Friedman, who ran GitHub for three years, joins Meta.",
     {"person": "Nat Friedman", "from_org": "GitHub", "to_org": "Meta"}),
    ("fr", "Nat Friedman, qui dirigeait GitHub, rejoint Meta.",
     {"person": "Nat Friedman", "from_org": "GitHub", "to_org": "Meta"}),
    ("de", "Nat Friedman, der GitHub drei Jahre lang leitete, wechselt zu Meta.",
     {"person": "Nat Friedman", "from_org": "GitHub", "to_org": "Meta"}),
    ("es", "Nat Friedman, que dirigía GitHub, se une a Meta.",
     {"person": "Nat Friedman", "from_org": "GitHub", "to_org": "Meta"}),
    ("en", "xAI poaches Tesla's Peter Bannon.", {"person": "Peter Bannon", "from_org": "Tesla", "to_org": "xAI"}),
    ("es", "Microsoft AI está dirigido por Mustafa Suleyman, fichado en 2024 desde Inflection AI.",
     {"person": "Mustafa Suleyman", "from_org": "Inflection AI", "to_org": "Microsoft AI"}),
    ("fr", "Microsoft AI est dirigé par Mustafa Suleyman, débauché chez Inflection AI en 2024.",
     {"person": "Mustafa Suleyman", "from_org": "Inflection AI", "to_org": "Microsoft AI"}),
    ("de", "Microsoft AI wird von Mustafa Suleyman geleitet, 2024 von Inflection AI abgeworben.",
     {"person": "Mustafa Suleyman", "from_org": "Inflection AI", "to_org": "Microsoft AI"}),
    ("en", "Andrew Tulloch, a co-founder of Thinking Machines Lab, has left that company to join Meta.",
     {"person": "Andrew Tulloch", "from_org": "Thinking Machines Lab", "to_org": "Meta"}),
    # acqui-hires, founders who all worked somewhere before, followers, split group departures
    ("en", "Google hires Windsurf's founders and some of its engineers. Varun Mohan and Douglas Chen are joining Google "
           "DeepMind.", {"person": "Douglas Chen", "from_org": "Windsurf", "to_org": "Google DeepMind"}),
    ("de", "Google holt die Gründer von Windsurf. Varun Mohan und Douglas Chen wechseln zu Google DeepMind.",
     {"person": "Douglas Chen", "from_org": "Windsurf", "to_org": "Google DeepMind"}),
    ("fr", "Arthur Mensch, Guillaume Lample et Timothée Lacroix ont fondé Mistral AI. Tous les trois travaillaient "
           "auparavant chez Meta.", {"person": "Guillaume Lample", "from_org": "Meta", "to_org": "Mistral AI"}),
    ("en", "Ruoming Pang left Apple for Meta in July. He was followed a week later by Tom Gunter and Mark Lee.",
     {"person": "Mark Lee", "from_org": "Apple", "to_org": "Meta"}),
    ("en", "Some 55 engineers and researchers from Windsurf are joining Google. Among them are the co-founders, Varun "
           "Mohan and Douglas Chen.", {"person": "Douglas Chen", "from_org": "Windsurf", "to_org": "Google"}),
    ("es", "Unos 55 ingenieros de Windsurf se unen a Google. Entre ellos figuran los cofundadores Varun Mohan y Douglas "
           "Chen.", {"person": None, "count": 55, "from_org": "Windsurf", "to_org": "Google"}),
    ("de", "Meta hat Alexandr Wang von Scale AI abgeworben.",
     {"person": "Alexandr Wang", "from_org": "Scale AI", "to_org": "Meta"}),
    ("de", "Rahul Patil kommt von Google zu Anthropic.", {"person": "Rahul Patil", "from_org": "Google", "to_org": "Anthropic"}),
    ("es", "Rahul Patil ha sido nombrado director de tecnología de Anthropic. Anteriormente trabajó en Google.",
     {"person": "Rahul Patil", "from_org": "Google", "to_org": "Anthropic"}),
    ("en", "Rahul Patil is joining Anthropic after eight years at Google.",
     {"person": "Rahul Patil", "from_org": "Google", "to_org": "Anthropic"}),
    ("de", "Nach acht Jahren bei Google wechselt Rahul Patil zu Anthropic.",
     {"person": "Rahul Patil", "from_org": "Google", "to_org": "Anthropic"}),
    ("de", "Rahul Patil, zuvor KI-Chef bei Google, ist zu Anthropic gewechselt.",
     {"person": "Rahul Patil", "from_org": "Google", "to_org": "Anthropic"}),
    ("es", "Rahul Patil, anteriormente jefe de IA en Google, se ha unido a Anthropic.",
     {"person": "Rahul Patil", "from_org": "Google", "to_org": "Anthropic"}),
    ("de", "Rahul Patil tritt als Chef von Google zurück.", {"person": "Rahul Patil", "from_org": "Google"}),
    ("es", "Rahul Patil dimite como consejero delegado de Google.", {"person": "Rahul Patil", "from_org": "Google"}),
    ("es", "Rahul Patil se marcha de Google a Anthropic.",
     {"person": "Rahul Patil", "from_org": "Google", "to_org": "Anthropic"}),
    ("de", "Samuel Weinbach war 2019 von SAP zu Aleph Alpha gekommen.",
     {"person": "Samuel Weinbach", "from_org": "SAP", "to_org": "Aleph Alpha"}),
    ("de", "Mistral AI hat in den vergangenen Monaten rund 40 Ingenieure von Meta und Google angeworben.",
     {"person": None, "count": 40, "from_org": "Google", "to_org": "Mistral AI"}),
    ("fr", "Hugging Face a perdu son directeur scientifique, Thomas Wolf, parti rejoindre Google.",
     {"person": "Thomas Wolf", "from_org": "Hugging Face", "to_org": "Google"}),
    ("de", "Hugging Face verliert seinen Chefwissenschaftler Thomas Wolf an Google.",
     {"person": "Thomas Wolf", "from_org": "Hugging Face", "to_org": "Google"}),
    ("es", "Hugging Face pierde a su director científico, Thomas Wolf, que se unió a Google.",
     {"person": "Thomas Wolf", "from_org": "Hugging Face", "to_org": "Google"}),
    ("en", "Laura Chen left Meta for Anthropic. Two of her deputies followed her.",
     {"person": None, "count": 2, "from_org": "Meta", "to_org": "Anthropic"}),
    ("fr", "Anthropic a annoncé une recrue lundi. Rahul Patil, qui a passé cinq ans chez Google, rejoint l'entreprise "
           "comme directeur technique.", {"person": "Rahul Patil", "from_org": "Google", "to_org": "Anthropic"}),
    ("de", "Arthur Mensch und Guillaume Lample, die zuvor bei Meta arbeiteten, gründeten 2023 Mistral AI.",
     {"person": "Guillaume Lample", "from_org": "Meta", "to_org": "Mistral AI"}),
    ("fr", "Une dizaine de chercheurs ont quitté Apple cette année, certains pour OpenAI ou Anthropic.",
     {"person": None, "from_org": "Apple", "to_org": "Anthropic"}),
])
def test_talent_rules(lang: str, text: str, expected: dict) -> None:
    facts = [f for f in _facts(text, lang) if f["type"] == "talent_move"]
    assert _has(facts, **{k: v for k, v in expected.items() if v is not None}), facts


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "OpenAI is winding down its work with Scale AI, citing conflict of interest.",
     {"customer": "OpenAI", "vendor": "Scale AI", "stance": "avoids", "reason": "conflict of interest"}),
    ("fr", "Les chercheurs de TBD Labs préfèrent Surge et Mercor, en raison de la qualité des données.",
     {"customer": "TBD Labs", "vendor": "Mercor", "stance": "prefers", "reason": "data quality"}),
    ("es", "BBVA eligió a OpenAI para desplegar ChatGPT Enterprise entre sus empleados.",
     {"customer": "BBVA", "vendor": "OpenAI", "stance": "prefers"}),
    ("en", "Apple trained its foundation models on Google's TPUs rather than Nvidia GPUs.",
     {"customer": "Apple", "vendor": "Nvidia", "stance": "avoids"}),
    ("en", "Figure AI ended its agreement with OpenAI to focus on in-house models.",
     {"customer": "Figure AI", "vendor": "OpenAI", "stance": "avoids"}),
    ("de", "Die Deutsche Telekom setzt auf Modelle von Mistral AI.",
     {"customer": "Deutsche Telekom", "vendor": "Mistral AI", "stance": "prefers"}),
    ("fr", "Capgemini s'appuie sur les modèles de Google Cloud.",
     {"customer": "Capgemini", "vendor": "Google Cloud", "stance": "prefers"}),
    ("en", "Microsoft is one of CoreWeave's biggest customers.",
     {"customer": "Microsoft", "vendor": "CoreWeave", "stance": "prefers"}),
    ("en", "CoreWeave rents out GPUs to AI labs. Microsoft Corp. (NASDAQ:MSFT) is the company's largest customer.",
     {"customer": "Microsoft", "vendor": "CoreWeave", "stance": "prefers"}),
    ("en", "Apple opted for Google over Anthropic for the new Siri.",
     {"customer": "Apple", "vendor": "Anthropic", "stance": "avoids"}),
    ("en", "Anthropic is moving some workloads from AWS to Google Cloud.",
     {"customer": "Anthropic", "vendor": "AWS", "stance": "avoids"}),
    ("fr", "Apple a finalement retenu Google plutôt qu'Anthropic.",
     {"customer": "Apple", "vendor": "Anthropic", "stance": "avoids"}),
    ("en", "OpenAI will rent another 4.5 gigawatts of capacity from Oracle.",
     {"customer": "OpenAI", "vendor": "Oracle", "stance": "prefers"}),
    ("fr", "Mistral AI loue de la capacité de calcul auprès de CoreWeave.",
     {"customer": "Mistral AI", "vendor": "CoreWeave", "stance": "prefers"}),
    ("de", "OpenAI mietet Rechenkapazität bei Oracle.",
     {"customer": "OpenAI", "vendor": "Oracle", "stance": "prefers"}),
    ("es", "OpenAI alquila capacidad de cómputo a Oracle.",
     {"customer": "OpenAI", "vendor": "Oracle", "stance": "prefers"}),
    ("de", "DeepL betreibt einen Supercomputer, der auf einem DGX SuperPOD von Nvidia basiert.",
     {"customer": "DeepL", "vendor": "Nvidia", "stance": "prefers"}),
    ("de", "SAP hat sich ebenfalls für OpenAI entschieden.",
     {"customer": "SAP", "vendor": "OpenAI", "stance": "prefers"}),
    ("de", "Die Firma DeepL setzt damit wie die meisten KI-Entwickler auf Chips von Nvidia.",
     {"customer": "DeepL", "vendor": "Nvidia", "stance": "prefers"}),
    ("de", "OpenAI hat bestätigt, dass es seine Aufträge an Scale AI auslaufen lässt.",
     {"customer": "OpenAI", "vendor": "Scale AI", "stance": "avoids"}),
    ("de", "Für Scale AI hat der Deal eine Kehrseite. Google, bislang der größte Kunde des Datendienstleisters, "
           "fährt die Zusammenarbeit zurück.", {"customer": "Google", "vendor": "Scale AI", "stance": "avoids"}),
    ("en", "Microsoft's GitHub lets developers pick Claude inside its tools.",
     {"customer": "GitHub", "vendor": "Anthropic", "stance": "prefers"}),
    ("en", "OpenAI has spread its bets beyond Microsoft, whose Azure cloud has hosted the bulk of its workloads.",
     {"customer": "OpenAI", "vendor": "Azure", "stance": "prefers"}),
    ("en", "Scale AI sells labeled data. Its clients include OpenAI and Google.",
     {"customer": "Google", "vendor": "Scale AI", "stance": "prefers"}),
    ("de", "DeepL wächst schnell. Zu den Kunden zählen etwa die Lernplattform Coursera und die Deutsche Bahn.",
     {"customer": "Deutsche Bahn", "vendor": "DeepL", "stance": "prefers"}),
    ("es", "Multiverse tiene más de cien clientes, entre ellos Iberdrola y el Banco de Canadá.",
     {"customer": "Banco de Canadá", "vendor": "Multiverse Computing", "stance": "prefers"}),
    ("en", "Microsoft brings Anthropic's Claude into its apps, loosening its dependence on OpenAI.",
     {"customer": "Microsoft", "vendor": "OpenAI", "stance": "prefers"}),
    ("fr", "Scale AI compte OpenAI et Google parmi ses clients.",
     {"customer": "Google", "vendor": "Scale AI", "stance": "prefers"}),
    ("de", "Scale AI zählt OpenAI und Google zu seinen Kunden.",
     {"customer": "OpenAI", "vendor": "Scale AI", "stance": "prefers"}),
    ("es", "Multiverse cuenta con Iberdrola y Bosch entre sus clientes.",
     {"customer": "Bosch", "vendor": "Multiverse Computing", "stance": "prefers"}),
    ("fr", "Parmi les clients de Mistral AI figurent BNP Paribas et Orange.",
     {"customer": "Orange", "vendor": "Mistral AI", "stance": "prefers"}),
    ("en", "The customers of CoreWeave include Microsoft and Meta.",
     {"customer": "Meta", "vendor": "CoreWeave", "stance": "prefers"}),
    ("de", "SAP hat den Vertrag mit Scale AI gekündigt.",
     {"customer": "SAP", "vendor": "Scale AI", "stance": "avoids"}),
    ("de", "Die Allianz verzichtet künftig auf OpenAI und setzt stattdessen auf Mistral AI.",
     {"customer": "Allianz", "vendor": "OpenAI", "stance": "avoids"}),
    ("fr", "Orange renonce à OpenAI au profit de Mistral AI.",
     {"customer": "Orange", "vendor": "Mistral AI", "stance": "prefers"}),
    ("en", "OpenAI, whose CEO Sam Altman met Jensen Huang, relies on Nvidia.",
     {"customer": "OpenAI", "vendor": "Nvidia", "stance": "prefers"}),
    ("en", "Microsoft became OpenAI's exclusive cloud provider in 2019.",
     {"customer": "OpenAI", "vendor": "Microsoft", "stance": "prefers"}),
    ("de", "SAP stellt seine Cloud auf Google Cloud um.",
     {"customer": "SAP", "vendor": "Google Cloud", "stance": "prefers"}),
    ("de", "Die Telekom steigt von AWS auf Google Cloud um.",
     {"customer": "Deutsche Telekom", "vendor": "AWS", "stance": "avoids"}),
    ("de", "Aleph Alpha trennt sich von Nvidia.",
     {"customer": "Aleph Alpha", "vendor": "Nvidia", "stance": "avoids"}),
    ("de", "Bosch vertraut bei der Cloud auf Microsoft Azure.",
     {"customer": "Bosch", "vendor": "Azure", "stance": "prefers"}),
    ("fr", "Orange migre ses données de Microsoft Azure vers Google Cloud.",
     {"customer": "Orange", "vendor": "Google Cloud", "stance": "prefers"}),
    ("en", "CoreWeave landed OpenAI as a customer.",
     {"customer": "OpenAI", "vendor": "CoreWeave", "stance": "prefers"}),
    ("fr", "Mistral AI a décroché BNP Paribas comme client.",
     {"customer": "BNP Paribas", "vendor": "Mistral AI", "stance": "prefers"}),
    ("de", "Aleph Alpha hat die Telekom als Kunden gewonnen.",
     {"customer": "Deutsche Telekom", "vendor": "Aleph Alpha", "stance": "prefers"}),
    ("es", "Multiverse ha sumado a Iberdrola como cliente.",
     {"customer": "Iberdrola", "vendor": "Multiverse Computing", "stance": "prefers"}),
    ("en", "Shopify signed up Anthropic as its model provider.",
     {"customer": "Shopify", "vendor": "Anthropic", "stance": "prefers"}),
    ("de", "Die Telekom hat Aleph Alpha als Anbieter ausgewählt.",
     {"customer": "Deutsche Telekom", "vendor": "Aleph Alpha", "stance": "prefers"}),
    ("en", "Apple is moving workloads to Google Cloud.",
     {"customer": "Apple", "vendor": "Google Cloud", "stance": "prefers"}),
    ("fr", "Mistral AI transfère une partie de ses calculs vers Google Cloud.",
     {"customer": "Mistral AI", "vendor": "Google Cloud", "stance": "prefers"}),
    ("de", "SAP verlagert seine Trainingsläufe zu Google Cloud.",
     {"customer": "SAP", "vendor": "Google Cloud", "stance": "prefers"}),
    ("es", "Telefónica traslada sus cargas de trabajo a Google Cloud.",
     {"customer": "Telefónica", "vendor": "Google Cloud", "stance": "prefers"}),
    ("en", "Meta cut ties with Scale AI and moved to Surge AI.",
     {"customer": "Meta", "vendor": "Surge AI", "stance": "prefers"}),
    ("en", "OpenAI moved away from Microsoft Azure toward Oracle.",
     {"customer": "OpenAI", "vendor": "Oracle", "stance": "prefers"}),
    # products name their maker; product lists read as lists of makers
    ("es", "Samsung prohibió a su plantilla emplear ChatGPT, Bard de Google y Bing de Microsoft.",
     {"customer": "Samsung", "vendor": "Google", "stance": "avoids"}),
    ("en", "Samsung banned ChatGPT and Google's Bard on company devices.",
     {"customer": "Samsung", "vendor": "OpenAI", "stance": "avoids"}),
    ("fr", "Apple a restreint l'usage de ChatGPT.", {"customer": "Apple", "vendor": "OpenAI", "stance": "avoids"}),
    ("de", "Samsung verbietet seinen Mitarbeitern die Nutzung von ChatGPT.",
     {"customer": "Samsung", "vendor": "OpenAI", "stance": "avoids"}),
    ("es", "JPMorgan Chase limitó en febrero el acceso de sus empleados a ChatGPT.",
     {"customer": "JPMorgan Chase", "vendor": "OpenAI", "stance": "avoids"}),
    ("en", "ChatGPT runs on Microsoft Azure.", {"customer": "OpenAI", "vendor": "Azure", "stance": "prefers"}),
    ("de", "Die Telekom hat bisher die Modelle von OpenAI genutzt.",
     {"customer": "Deutsche Telekom", "vendor": "OpenAI", "stance": "prefers"}),
    ("en", "Salesforce leverages Anthropic's models.", {"customer": "Salesforce", "vendor": "Anthropic", "stance": "prefers"}),
    ("es", "Anthropic usará los sistemas Vera Rubin.", {"customer": "Anthropic", "vendor": "Nvidia", "stance": "prefers"}),
    # building, running, training on a supplier's models, chips, cloud
    ("en", "Fujitsu builds products on Cohere's Command models.",
     {"customer": "Fujitsu", "vendor": "Cohere", "stance": "prefers"}),
    ("en", "Perplexity runs its search engine on AWS.", {"customer": "Perplexity", "vendor": "AWS", "stance": "prefers"}),
    ("en", "Anthropic, which trains its Claude models largely on Amazon's Trainium chips, grew fast.",
     {"customer": "Anthropic", "vendor": "Amazon", "stance": "prefers"}),
    ("es", "Anthropic entrenará sus modelos sobre los chips de Nvidia.",
     {"customer": "Anthropic", "vendor": "Nvidia", "stance": "prefers"}),
    ("de", "Siemens trainiert seine Modelle auf Chips von Nvidia.",
     {"customer": "Siemens", "vendor": "Nvidia", "stance": "prefers"}),
    ("fr", "Helsing s'appuiera sur les modèles de Mistral AI.",
     {"customer": "Helsing", "vendor": "Mistral AI", "stance": "prefers"}),
    # purchase commitments and access to a supplier's models
    ("en", "OpenAI committed to purchase an additional $250 billion of Azure services.",
     {"customer": "OpenAI", "vendor": "Azure", "stance": "prefers"}),
    ("es", "Anthropic se compromete a gastar 30.000 millones en Azure.",
     {"customer": "Anthropic", "vendor": "Azure", "stance": "prefers"}),
    ("fr", "BNP Paribas a signé un accord donnant à ses équipes accès aux modèles de Mistral AI.",
     {"customer": "BNP Paribas", "vendor": "Mistral AI", "stance": "prefers"}),
    ("es", "Meta firmó un contrato para utilizar los servidores de Google Cloud.",
     {"customer": "Meta", "vendor": "Google Cloud", "stance": "prefers"}),
    # passives: the agent is the customer
    ("en", "Cohere's North platform is being adopted by Royal Bank of Canada.",
     {"customer": "Royal Bank of Canada", "vendor": "Cohere", "stance": "prefers"}),
    ("fr", "La plateforme de Mistral AI est adoptée par BNP Paribas.",
     {"customer": "BNP Paribas", "vendor": "Mistral AI", "stance": "prefers"}),
    ("es", "La plataforma de Cohere fue adoptada por BBVA.", {"customer": "BBVA", "vendor": "Cohere", "stance": "prefers"}),
    ("de", "Die Plattform von Parloa wird von der Deutschen Telekom eingesetzt.",
     {"customer": "Deutsche Telekom", "vendor": "Parloa", "stance": "prefers"}),
    ("en", "Figure AI's humanoid robot is powered by OpenAI models.",
     {"customer": "Figure AI", "vendor": "OpenAI", "stance": "prefers"}),
    ("fr", "L'assistant de Stellantis est propulsé par les modèles de Mistral AI.",
     {"customer": "Stellantis", "vendor": "Mistral AI", "stance": "prefers"}),
    # "B remains its provider": the sentence's subject prefers B
    ("en", "Anthropic said Amazon remains its primary cloud provider.",
     {"customer": "Anthropic", "vendor": "Amazon", "stance": "prefers"}),
    ("es", "Anthropic subrayó que Amazon sigue siendo su principal proveedor de nube.",
     {"customer": "Anthropic", "vendor": "Amazon", "stance": "prefers"}),
    ("de", "SAP betont, dass Google Cloud weiterhin sein wichtigster Anbieter ist.",
     {"customer": "SAP", "vendor": "Google Cloud", "stance": "prefers"}),
    ("fr", "Premier à monter sur scène, Stellantis. Le constructeur automobile, qui travaillait déjà avec Mistral AI, "
           "a présenté son assistant.", {"customer": "Stellantis", "vendor": "Mistral AI", "stance": "prefers"}),
    ("en", "Meta works closely with Scale AI.", {"customer": "Meta", "vendor": "Scale AI", "stance": "prefers"}),
    ("es", "BBVA ya trabaja con OpenAI.", {"customer": "BBVA", "vendor": "OpenAI", "stance": "prefers"}),
    # a deal read both ways names the company the article calls a provider as vendor
    ("es", "Meta firmó con CoreWeave, el proveedor de nube especializado. CoreWeave amplió su acuerdo con OpenAI.",
     {"customer": "OpenAI", "vendor": "CoreWeave", "stance": "prefers"}),
    ("en", "The cloud provider CoreWeave expanded its deal with OpenAI.",
     {"customer": "OpenAI", "vendor": "CoreWeave", "stance": "prefers"}),
    ("es", "Microsoft utiliza desde hace meses los modelos Claude en GitHub Copilot.",
     {"customer": "Microsoft", "vendor": "Anthropic", "stance": "prefers"}),
    ("fr", "Orange utilise depuis des années les puces de Nvidia.",
     {"customer": "Orange", "vendor": "Nvidia", "stance": "prefers"}),
    ("de", "Die Telekom baut mit Nvidia eine KI-Fabrik in München.",
     {"customer": "Deutsche Telekom", "vendor": "Nvidia", "stance": "prefers"}),
    ("en", "Microsoft is building a supercomputer with Nvidia.",
     {"customer": "Microsoft", "vendor": "Nvidia", "stance": "prefers"}),
    # a negated leaving verb: the customer keeps the supplier
    ("es", "Anthropic tampoco renuncia a los chips TPU de Google.",
     {"customer": "Anthropic", "vendor": "Google", "stance": "prefers"}),
    ("fr", "Orange ne renonce pas à OpenAI.", {"customer": "Orange", "vendor": "OpenAI", "stance": "prefers"}),
    ("de", "SAP verzichtet nicht auf OpenAI.", {"customer": "SAP", "vendor": "OpenAI", "stance": "prefers"}),
    # partnership nouns and entrusting work
    ("fr", "Orange a noué un partenariat avec Mistral AI.", {"customer": "Orange", "vendor": "Mistral AI", "stance": "prefers"}),
    ("de", "Die Telekom hat eine Partnerschaft mit Aleph Alpha geschlossen.",
     {"customer": "Deutsche Telekom", "vendor": "Aleph Alpha", "stance": "prefers"}),
    ("es", "Telefónica ha sellado una alianza con Microsoft.",
     {"customer": "Telefónica", "vendor": "Microsoft", "stance": "prefers"}),
    ("fr", "Orange a confié à Capgemini la migration de ses systèmes.",
     {"customer": "Orange", "vendor": "Capgemini", "stance": "prefers"}),
    ("es", "BBVA encarga a OpenAI el desarrollo de su asistente.",
     {"customer": "BBVA", "vendor": "OpenAI", "stance": "prefers"}),
    ("de", "Die Allianz greift auf Modelle von Anthropic zurück.",
     {"customer": "Allianz", "vendor": "Anthropic", "stance": "prefers"}),
    # signing with, selecting, equipping one's own things with a supplier's
    ("fr", "Orange a signé avec Mistral AI un contrat de trois ans.",
     {"customer": "Orange", "vendor": "Mistral AI", "stance": "prefers"}),
    ("de", "SAP hat mit Aleph Alpha einen Vertrag unterzeichnet.",
     {"customer": "SAP", "vendor": "Aleph Alpha", "stance": "prefers"}),
    ("es", "Telefónica firmó con Microsoft un acuerdo de cinco años.",
     {"customer": "Telefónica", "vendor": "Microsoft", "stance": "prefers"}),
    ("fr", "Airbus a sélectionné Helsing pour ce projet.", {"customer": "Airbus", "vendor": "Helsing", "stance": "prefers"}),
    ("es", "Santander ha elegido a Google Cloud como proveedor.",
     {"customer": "Santander", "vendor": "Google Cloud", "stance": "prefers"}),
    ("fr", "Renault équipe ses voitures de ChatGPT.", {"customer": "Renault", "vendor": "OpenAI", "stance": "prefers"}),
    ("en", "Anthropic will get access to up to one million Google TPUs.",
     {"customer": "Anthropic", "vendor": "Google", "stance": "prefers"}),
    # selling compute to a customer
    ("en", "Nvidia sells its chips to Meta and Microsoft.", {"customer": "Microsoft", "vendor": "Nvidia", "stance": "prefers"}),
    ("fr", "CoreWeave vend de la capacité de calcul à OpenAI.",
     {"customer": "OpenAI", "vendor": "CoreWeave", "stance": "prefers"}),
    ("de", "Nvidia verkauft seine Chips an die Deutsche Telekom.",
     {"customer": "Deutsche Telekom", "vendor": "Nvidia", "stance": "prefers"}),
    ("es", "Nvidia vende sus chips a Meta.", {"customer": "Meta", "vendor": "Nvidia", "stance": "prefers"}),
    # "X is a customer of Y"
    ("en", "Shopify is a longtime customer of Anthropic.", {"customer": "Shopify", "vendor": "Anthropic", "stance": "prefers"}),
    ("fr", "BNP Paribas est client de Mistral AI.", {"customer": "BNP Paribas", "vendor": "Mistral AI", "stance": "prefers"}),
    ("de", "Die Telekom ist Kunde von Aleph Alpha.",
     {"customer": "Deutsche Telekom", "vendor": "Aleph Alpha", "stance": "prefers"}),
    ("es", "BBVA es cliente de OpenAI.", {"customer": "BBVA", "vendor": "OpenAI", "stance": "prefers"}),
    ("en", "Shopify, a longtime customer of Anthropic, said it was pleased.",
     {"customer": "Shopify", "vendor": "Anthropic", "stance": "prefers"}),
    ("de", "Die Telekom, ein Kunde von Aleph Alpha, lobte das Modell.",
     {"customer": "Deutsche Telekom", "vendor": "Aleph Alpha", "stance": "prefers"}),
    ("en", "Nvidia's biggest customer, Microsoft, bought 485,000 chips.",
     {"customer": "Microsoft", "vendor": "Nvidia", "stance": "prefers"}),
    ("en", "Cohere customer Royal Bank of Canada built a version of North.",
     {"customer": "Royal Bank of Canada", "vendor": "Cohere", "stance": "prefers"}),
    ("fr", "Le plus gros client de Nvidia, Microsoft, a acheté 485 000 puces.",
     {"customer": "Microsoft", "vendor": "Nvidia", "stance": "prefers"}),
    ("de", "Der größte Kunde von Nvidia, Microsoft, kaufte Chips.",
     {"customer": "Microsoft", "vendor": "Nvidia", "stance": "prefers"}),
    # "replaces A with B": avoids A, prefers B
    ("en", "Apple replaced Nvidia with AMD in its data centers.", {"customer": "Apple", "vendor": "Nvidia", "stance": "avoids"}),
    ("fr", "Orange remplace OpenAI par Mistral AI.", {"customer": "Orange", "vendor": "Mistral AI", "stance": "prefers"}),
    ("de", "SAP ersetzt OpenAI durch Aleph Alpha.", {"customer": "SAP", "vendor": "OpenAI", "stance": "avoids"}),
    ("es", "Telefónica sustituye a OpenAI por Mistral AI.",
     {"customer": "Telefónica", "vendor": "Mistral AI", "stance": "prefers"}),
    # the supplier wins work from the customer
    ("en", "CoreWeave won a contract worth $12 billion from OpenAI.",
     {"customer": "OpenAI", "vendor": "CoreWeave", "stance": "prefers"}),
    ("fr", "Helsing décroche un contrat de 50 millions d'euros auprès de Airbus.",
     {"customer": "Airbus", "vendor": "Helsing", "stance": "prefers"}),
    ("de", "Aleph Alpha erhält einen Auftrag von SAP.", {"customer": "SAP", "vendor": "Aleph Alpha", "stance": "prefers"}),
    ("es", "Indra obtuvo un contrato por parte de Telefónica.",
     {"customer": "Telefónica", "vendor": "Indra", "stance": "prefers"}),
    # German verb-second order: the subject after the fronted verb
    ("de", "Unter der Haube setzt Parloa dabei auf die Sprachmodelle von OpenAI.",
     {"customer": "Parloa", "vendor": "OpenAI", "stance": "prefers"}),
    # a product of the company the text is about offers suppliers' models ("de A et de B": both)
    ("fr", "Orange accélère dans l'IA. Sa plateforme, lancée pour les entreprises, propose des modèles de Mistral AI et "
           "de Google.", {"customer": "Orange", "vendor": "Google", "stance": "prefers"}),
    ("en", "Salesforce expanded its AI push. Its Agentforce platform integrates models from Anthropic and Google.",
     {"customer": "Salesforce", "vendor": "Anthropic", "stance": "prefers"}),
    ("de", "SAP baut seine KI aus. Seine Plattform bietet Modelle von Mistral AI und Aleph Alpha an.",
     {"customer": "SAP", "vendor": "Aleph Alpha", "stance": "prefers"}),
    ("es", "Telefónica refuerza su apuesta. Su plataforma integra los modelos de OpenAI y de Mistral AI.",
     {"customer": "Telefónica", "vendor": "Mistral AI", "stance": "prefers"}),
])
def test_vendor_rules(lang: str, text: str, expected: dict) -> None:
    facts = [f for f in _facts(text, lang) if f["type"] == "vendor_preference"]
    assert _has(facts, **expected), facts


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "OpenAI president Greg Brockman takes extended leave."),
    ("en", "Elon Musk has accused OpenAI of abandoning its founding mission."),
    ("en", "Musk, who helped found OpenAI in 2015, now runs xAI."),
    ("fr", "Roger Dassen rejoindra le comité stratégique de Mistral AI, une instance consultative."),
    ("es", "Sam Altman llegó a denunciar que Meta ofrecía primas de fichaje de hasta 100 millones."),
    ("de", "Der Konzern verhandelt laut Insidern mit Nat Friedman über einen Wechsel zu Meta."),
    ("fr", "Le départ de Sutskever avait été suivi quelques jours plus tard de celui de Jan Leike."),
    ("en", "The deal came to light in June when OpenAI said so."),
    ("fr", "Arthur Mensch, PDG de Mistral AI, était à Bruxelles. Le patron de la start-up a quitté la salle en fin de journée."),
    ("en", "Sam Altman runs OpenAI. He left the stage after the keynote."),
    ("en", "Elon Musk co-founded OpenAI in 2015."),
    ("en", "Sam Altman launched Sora in February."),
    ("fr", "Mistral AI lance Le Chat Enterprise."),
    ("en", "Nat Friedman, who ran GitHub, said the deal was good."),
    ("en", "Meta's Yann LeCun spoke at the conference."),
    ("en", "John Smith worked at Google for ten years."),
    ("es", "Meta estudia fichar a los fundadores de Windsurf."),
    ("de", "Es ist um viel Geld gegangen, sagte Sam Altman."),
    ("en", "Sundar Pichai became chief executive of Google in 2015."),
    ("fr", "Sarah Friar est devenue directrice financière d'OpenAI."),
    ("es", "Satya Nadella, consejero delegado de Microsoft, quiso dejar claro que OpenAI sigue siendo un socio."),
    ("fr", "Yann LeCun quitterait Meta si le projet échouait, selon un proche."),
    ("en", "Sam Altman was named Time's CEO of the year."),
    ("en", "Rahul Patil is expected to join Anthropic."),
    ("en", "Meta tried to hire Rahul Patil from Google."),
    ("de", "Rahul Patil soll zu Meta wechseln, berichten Insider."),
    ("en", "Meta lost a lawsuit against Thomas Wolf."),
    ("fr", "OpenAI perd du terrain face à Google, selon Thomas Wolf."),
])
def test_talent_non_facts(lang: str, text: str) -> None:
    assert not [f for f in _facts(text, lang) if f["type"] == "talent_move"]


def test_general_departures_are_not_the_persons_move() -> None:
    facts = [f for f in _facts("John Schulman said he is leaving OpenAI to join Anthropic, the latest in a string of "
                               "senior departures from the company.", "en") if f["type"] == "talent_move"]
    assert [(f.get("from_org"), f.get("to_org")) for f in facts] == [("OpenAI", "Anthropic")], facts


@pytest.mark.parametrize(("lang", "text", "target"), [
    ("fr", "Nvidia a investi 300 millions de dollars dans l'entreprise de traduction automatique DeepL.", "DeepL"),
    ("en", "Nvidia invested $300 million in the machine translation company DeepL.", "DeepL"),
])
def test_a_description_before_a_name_describes_it(lang: str, text: str, target: str) -> None:
    """"l'entreprise de … X": the description introduces X, it does not refer back to an earlier company."""
    facts = [f for f in _facts("Meta a publié ses résultats. " + text if lang == "fr" else
                               "Meta published its results. " + text, lang) if f["type"] == "investment"]
    assert _has(facts, investor="Nvidia", target=target), facts


def test_a_former_title_gives_no_origin() -> None:
    facts = [f for f in _facts("Meta ha fichado a Lucas Beyer. También ha incorporado a Nat Friedman, ex consejero "
                               "delegado de GitHub.", "es") if f["type"] == "talent_move"]
    assert _has(facts, person="Nat Friedman", to_org="Meta") and not _has(facts, from_org="GitHub"), facts


@pytest.mark.parametrize(("lang", "text", "absent"), [
    ("fr", "Meta a débauché Ruoming Pang, qui dirigeait l'équipe chargée des modèles d'Apple.", ("Apple", "Meta")),
    ("fr", "Le fabricant d'équipements ASML mène la série C de Mistral AI.", ("Mistral AI", "ASML")),
    ("de", "SAP hatte sich bereits an Anthropic aus den USA und Cohere aus Kanada beteiligt.", ("Anthropic", "Cohere")),
    ("es", "Anthropic fue fundada por Dario Amodei y Daniela Amodei, que abandonaron OpenAI.", ("Anthropic", "OpenAI")),
    ("en", "Anthropic serves its models from Amazon Web Services, and Microsoft said the models are hosted elsewhere.",
     ("Anthropic", "Microsoft")),
    ("en", "OpenAI is considering renting capacity from Oracle.", ("OpenAI", "Oracle")),
    ("en", "The robot is powered by OpenAI models, Figure AI said.", ("OpenAI", "Figure AI")),
    ("en", "OpenAI is winding down its work with Scale AI as customers pull back after Meta's deal.", ("OpenAI", "Meta")),
    ("de", "Nvidia setzte den Preis auf 40.000 Dollar fest, Apple kaufte trotzdem.", ("Nvidia", "Apple")),
    ("en", "Meta runs its own data centers, while Google runs its own TPUs.", ("Meta", "Google")),
    ("es", "Multiverse cuenta con Iberdrola y Bosch entre sus clientes.", ("Multiverse Computing", "Iberdrola")),
    ("de", "SAP hat den Vertrag mit Scale AI gekündigt.", ("SAP", "Scale AI", "prefers")),
    ("de", "Die Telekom steigt von AWS auf Google Cloud um.", ("Deutsche Telekom", "AWS", "prefers")),
    ("fr", "Orange migre ses données de Microsoft Azure vers Google Cloud.", ("Orange", "Azure", "prefers")),
    ("en", "CoreWeave is considering adding OpenAI as a customer.", ("OpenAI", "CoreWeave")),
    ("de", "Die Telekom hat Aleph Alpha nicht ausgewählt.", ("Deutsche Telekom", "Aleph Alpha")),
    ("en", "Google signed a licensing deal with Character.AI and hired its founders.", ("Google", "Character.AI")),
    ("en", "Meta is said to be weighing a switch to Google's TPUs.", ("Meta", "Google")),
    ("en", "Microsoft is OpenAI's largest investor and partner.", ("OpenAI", "Microsoft")),
    ("en", "Meta is in talks to use Google Cloud's servers.", ("Meta", "Google Cloud")),
    ("en", "Samsung did not ban ChatGPT.", ("Samsung", "OpenAI")),
    ("fr", "Samsung envisage d'interdire ChatGPT.", ("Samsung", "OpenAI")),
    ("fr", "BNP Paribas envisage d'adopter les modèles de Mistral AI.", ("BNP Paribas", "Mistral AI")),
    ("es", "Telefónica estudia usar los modelos de OpenAI.", ("Telefónica", "OpenAI")),
    ("es", "Microsoft se compromete a invertir 5.000 millones en Anthropic.", ("Microsoft", "Anthropic")),
    ("es", "Samsung prohibió a su plantilla emplear ChatGPT.", ("Samsung", "OpenAI", "prefers")),
    ("de", "Die Telekom prüft den Einsatz von Modellen von OpenAI.", ("Deutsche Telekom", "OpenAI")),
    ("en", "Microsoft purchased shares of OpenAI last year.", ("Microsoft", "OpenAI")),
    ("en", "Jason Droege will run the company on an interim basis, Scale AI said.", ("Scale AI",)),
    ("en", "Anthropic trains its Claude models on its own servers.", ("Anthropic", "Anthropic")),
    ("en", "Amazon is its largest shareholder, Anthropic said.", ("Anthropic", "Amazon")),
    ("fr", "BNP Paribas n'est pas client de Mistral AI.", ("BNP Paribas", "Mistral AI")),
    ("de", "Die Telekom ist kein Kunde von Aleph Alpha.", ("Deutsche Telekom", "Aleph Alpha")),
    ("fr", "Orange envisage de remplacer OpenAI par Mistral AI.", ("Orange",)),
    ("en", "CoreWeave hopes to win a contract from OpenAI.", ("OpenAI", "CoreWeave")),
    ("fr", "Renault équipe ses voitures de ChatGPT.", ("OpenAI", "Renault")),
    ("en", "SoftBank sold its stake to Meta.", ("Meta", "SoftBank")),
    ("en", "Office workers at Shopify use Slack every day.", ("Microsoft",)),
    ("fr", "Orange pourrait ne pas renoncer à OpenAI.", ("Orange", "OpenAI")),
    ("es", "Anthropic no renuncia a Google.", ("Anthropic", "Google", "avoids")),
    ("en", "The startup, backed by Nvidia and used by Shopify, raised $100 million.", ("Shopify", "Nvidia")),
    ("en", "Amazon's June agreement with Adept, in which its CEO David Luan moved to Amazon along with several "
           "colleagues, drew scrutiny.", ("Amazon", "Adept")),
    ("fr", "L'Italie a interdit ChatGPT en mars, puis OpenAI a corrigé le problème.", ("OpenAI",)),
    ("en", "The robot is powered by OpenAI models, Figure AI said.", ("Figure AI", "OpenAI")),
    ("fr", "Orange accélère. Mistral AI propose ses modèles à BNP Paribas.", ("Orange", "BNP Paribas")),
    ("en", "Salesforce grows. Its platform may soon integrate models from Anthropic.", ("Salesforce", "Anthropic")),
])
def test_vendor_non_facts(lang: str, text: str, absent: tuple[str, ...]) -> None:
    """No fact for (customer, vendor), or for (customer, vendor, stance) when a stance is given."""
    facts = [f for f in _facts(text, lang) if f["type"] == "vendor_preference"]
    assert not [f for f in facts if (f["customer"], f["vendor"], f["stance"])[:len(absent)] == absent], facts


@pytest.mark.parametrize(("text", "names"), [
    ("Zu den Kunden zählen etwa die japanische Wirtschaftszeitung Nikkei, die Lernplattform Coursera und die Deutsche "
     "Bahn.", ["Nikkei", "Coursera", "Deutsche Bahn"]),
    ("Multiverse cuenta con cien clientes, entre ellos Iberdrola, Bosch y el Banco de Canadá.",
     ["Iberdrola", "Bosch", "Banco de Canadá"]),
    ("Its clients include OpenAI and Google, and some investors have questioned it.", ["OpenAI", "Google"]),
    ("Its customers include banks and insurers.", []),
])
def test_client_lists_name_organisations(text: str, names: list[str]) -> None:
    assert [c.text for c in client_list_candidates(text)] == names


def test_german_client_lists_skip_plural_nouns() -> None:
    text = "Zu den Kunden zählen Banken, Versicherungen und Siemens sowie die Deutsche Bahn."
    assert [c.text for c in client_list_candidates(text, german=True)] == ["Siemens", "Deutsche Bahn"]


def test_a_persons_title_is_not_a_group_move() -> None:
    facts = [f for f in _facts("Meta ha fichado a Lucas Beyer, investigador de OpenAI.", "es") if f["type"] == "talent_move"]
    assert [f.get("person") for f in facts] == ["Lucas Beyer"]


def test_rounds_six_months_apart_stay_separate_deals() -> None:
    """A seed in June and a Series A in December with the same backer are two deals (dev gold: Mistral AI's
    rounds of June 2023, December 2023 and June 2024); reports a month apart are one."""
    from analytics.merge import _split_deals

    row = {"type": "investment", "investor": "Lightspeed", "target": "Mistral AI", "amount_usd": None}
    assert len(_split_deals([{**row, "date": "2023-06"}, {**row, "date": "2023-12"}])) == 2
    assert len(_split_deals([{**row, "date": "2023-06"}, {**row, "date": "2023-07"}])) == 1
    # round totals of different months more than 5 % apart are two rounds
    total = {**row, "investor": None}
    assert len(_split_deals([{**total, "date": "2025-09", "amount_usd": 13e9},
                             {**total, "date": "2025-11", "amount_usd": 15e9}])) == 2
    assert len(_split_deals([{**total, "date": "2025-09", "amount_usd": 13e9},
                             {**total, "date": "2025-09", "amount_usd": 14e9}])) == 1


def test_joint_sum_is_no_investors_own_amount() -> None:
    facts = [f for f in _facts("Nvidia and Cisco invest $1 billion in xAI.", "en") if f["type"] == "investment"]
    assert _has(facts, target="xAI", amount_usd=1e9) and not _has(facts, investor="Nvidia", amount_usd=1e9), facts


@pytest.mark.parametrize(("lang", "text", "values"), [
    ("es", "Microsoft invertirá 5.000 millones de dólares y Nvidia pondrá hasta 10.000 millones.", [10e9]),
    ("en", "It raised $2 billion; its app has 10 million users and 2 billion views.", []),  # counts, not money
    ("fr", "Mistral AI a levé 1,7 milliard d'euros et compte 10 millions d'utilisateurs.", []),
])
def test_elliptical_amounts_take_a_told_currency(lang: str, text: str, values: list[float]) -> None:
    from analytics.extraction.sentence_amounts import elliptical_amounts
    from analytics.money import find_amounts

    assert [a.value for a in elliptical_amounts(text, find_amounts(text, lang), lang)] == values

"""Extraction quality: seed gates, the corpus check, dev-set floors and rule-family examples.

Everything runs the real pipeline (spaCy models, gazetteer, money grammar, DuckDB store).
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from analytics.articles import ArticleInput
from analytics.extraction.pipeline import run_extraction
from analytics.figures import disclosed_investment_usd, format_usd
from analytics.prepare import prepare
from analytics.queries import facts_frame
from analytics.store import open_store
from tests.conftest import DEV, SEEDS, SHARED, run_cli

KINDS = ("entities", "investments", "talent_moves", "vendor_preferences")
#: Measured floors on the dev set (python -m analytics extract tests/data/dev/*.txt --json, scored with
#: ../shared/tools/score.py). They guard against regressions; the issue's target is 0.85 everywhere.
DEV_FLOORS = {"entities": 0.90, "investments": 0.72, "talent_moves": 0.48, "vendor_preferences": 0.53}
#: The held-out set (tests/data/holdout/) is never used to develop rules: its floors measure generalisation.
HOLDOUT = DEV.parent / "holdout"
HOLDOUT_FLOORS = {"entities": 0.90, "investments": 0.58, "talent_moves": 0.38, "vendor_preferences": 0.42}


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


def test_dev_set_scores_stay_above_floors(dev_extract: dict) -> None:
    f1 = _f1([DEV], dev_extract)
    print("dev-set F1:", {k: round(v, 3) for k, v in f1.items()})
    assert all(f1[k] >= DEV_FLOORS[k] for k in KINDS), f1


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
])
def test_investment_non_facts(text: str) -> None:
    assert not [f for f in _facts(text, "en") if f["type"] == "investment"]


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
    ("en", "Apple opted for Google over Anthropic for the new Siri.",
     {"customer": "Apple", "vendor": "Anthropic", "stance": "avoids"}),
    ("en", "Anthropic is moving some workloads from AWS to Google Cloud.",
     {"customer": "Anthropic", "vendor": "AWS", "stance": "avoids"}),
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


def test_a_former_title_gives_no_origin() -> None:
    facts = [f for f in _facts("Meta ha fichado a Lucas Beyer. También ha incorporado a Nat Friedman, ex consejero "
                               "delegado de GitHub.", "es") if f["type"] == "talent_move"]
    assert _has(facts, person="Nat Friedman", to_org="Meta") and not _has(facts, from_org="GitHub"), facts


def test_a_persons_title_is_not_a_group_move() -> None:
    facts = [f for f in _facts("Meta ha fichado a Lucas Beyer, investigador de OpenAI.", "es") if f["type"] == "talent_move"]
    assert [f.get("person") for f in facts] == ["Lucas Beyer"]

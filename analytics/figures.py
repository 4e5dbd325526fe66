"""Figure data: pure functions over the facts and sources DataFrames (no Streamlit, no Plotly)."""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable
from typing import Any

import pandas as pd

from analytics.queries import ORG_FIELDS, PERSON_FIELDS

UNKNOWN = "left / unknown"
UNKNOWN_ORIGIN = "unknown origin"


def investments(facts: pd.DataFrame) -> pd.DataFrame:
    """Investment facts only, in date order."""
    return facts[facts["type"] == "investment"].sort_values("date", na_position="last")


def deal_amounts(facts: pd.DataFrame) -> pd.DataFrame:
    """One row per deal with its disclosed USD amount, counted once.

    A round's total (investor unknown) stands for the round; backers' own amounts in the same
    round (same target and date) are part of it and not added again.
    """
    inv = investments(facts)
    inv = inv[inv["amount_usd"].notna()]
    rounds = inv[inv["investor"].isna()]
    keys = set(zip(rounds["target"], rounds["date"].fillna(""), strict=True))
    backers = inv[inv["investor"].notna()]
    own = backers[[(t, d) not in keys for t, d in zip(backers["target"], backers["date"].fillna(""), strict=True)]]
    return pd.concat([rounds, own])


def disclosed_investment_usd(facts: pd.DataFrame) -> float:
    """Total disclosed investment in USD, each deal counted once."""
    return float(deal_amounts(facts)["amount_usd"].sum())


def amounts_by(facts: pd.DataFrame, field: str) -> pd.DataFrame:
    """Disclosed USD amounts summed by investor or target, largest first."""
    deals = deal_amounts(facts)
    deals = deals[deals[field].notna()]
    out = deals.groupby(field, as_index=False).agg(amount_usd=("amount_usd", "sum"), deals=("id", "count"))
    return out.sort_values("amount_usd", ascending=False, ignore_index=True)


def talent_flows(facts: pd.DataFrame) -> pd.DataFrame:
    """Company-to-company flows: source, target, people (a group counts its count, else 1)."""
    moves = facts[facts["type"] == "talent_move"]
    if moves.empty:
        return pd.DataFrame(columns=["source", "target", "people", "moves"])
    counts = moves["count"].fillna(1).astype(float).clip(lower=1)
    flows = pd.DataFrame({
        "source": moves["from_org"].fillna(UNKNOWN_ORIGIN),
        "target": moves["to_org"].fillna(UNKNOWN),
        "people": counts,
    })
    out = flows.groupby(["source", "target"], as_index=False).agg(people=("people", "sum"), moves=("people", "size"))
    return out.sort_values("people", ascending=False, ignore_index=True)


def net_vendor_preference(facts: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """Customer x vendor matrix of net preference: +1 per source that prefers, -1 per source that avoids."""
    prefs = facts[facts["type"] == "vendor_preference"]
    if prefs.empty:
        return pd.DataFrame()
    n = sources.groupby("fact_id").size()
    weight = prefs["id"].map(n).fillna(1) * prefs["stance"].map({"prefers": 1, "avoids": -1}).fillna(0)
    table = pd.DataFrame({"customer": prefs["customer"], "vendor": prefs["vendor"], "net": weight})
    return table.pivot_table(index="customer", columns="vendor", values="net", aggfunc="sum", fill_value=0)


def vendor_mentions(facts: pd.DataFrame) -> pd.DataFrame:
    """Mentions per vendor split by stance."""
    prefs = facts[facts["type"] == "vendor_preference"]
    if prefs.empty:
        return pd.DataFrame(columns=["vendor", "stance", "mentions"])
    out = prefs.groupby(["vendor", "stance"], as_index=False).agg(mentions=("id", "count"))
    return out.sort_values("mentions", ascending=False, ignore_index=True)


def kpis(articles: pd.DataFrame, entities: pd.DataFrame, facts: pd.DataFrame) -> dict[str, float]:
    """Headline numbers of a (filtered) view."""
    return {
        "articles": float(len(articles)),
        "companies": float((entities["kind"] == "org").sum()) if len(entities) else 0.0,
        "people": float((entities["kind"] == "person").sum()) if len(entities) else 0.0,
        "disclosed_investment_usd": disclosed_investment_usd(facts),
        "talent_moves": float((facts["type"] == "talent_move").sum()),
        "vendor_mentions": float((facts["type"] == "vendor_preference").sum()),
    }


def format_usd(value: float | None) -> str:
    """Readable dollars: 14.3e9 -> "$14.3B", 650e6 -> "$650M"."""
    if value is None or pd.isna(value):
        return "–"
    for scale, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")):
        if abs(value) >= scale:
            return f"${value / scale:,.1f}{suffix}".replace(".0" + suffix, suffix)
    return f"${value:,.0f}"


# --- labels, colours and number formats -------------------------------------------------------

#: Readable names of fact types (others are derived from the type name).
TYPE_LABELS: dict[str, str] = {
    "investment": "Investment", "talent_move": "Talent move", "vendor_preference": "Vendor preference",
    "layoff": "Layoff", "hiring_freeze": "Hiring freeze", "valuation": "Valuation",
    "leadership_change": "Leadership change",
}
#: Qualitative palette (colour-blind friendly first, then distinct extras) for companies.
PALETTE: tuple[str, ...] = (
    "#4C78A8", "#F58518", "#54A24B", "#E45756", "#72B7B2", "#EECA3B", "#B279A2", "#FF9DA6",
    "#9D755D", "#2F5D8C", "#D67195", "#6C9A3A", "#C05A1B", "#3B9AB2", "#8E6C8A", "#B8860B",
    "#1F9E89", "#A05195", "#D45087", "#665191", "#2F4B7C", "#FFA600", "#7A9E9F", "#BC5090",
)
UNKNOWN_COLOR = "#B0B0B0"
STANCE_COLORS = {"prefers": "#2E8B57", "avoids": "#C0392B"}
TYPE_COLORS = {"investment": "#2F5D8C", "talent_move": "#F58518", "vendor_preference": "#54A24B"}
CURRENCY_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹"}


def type_label(fact_type: str | None) -> str:
    """"talent_move" -> "Talent move"."""
    if not fact_type:
        return "–"
    return TYPE_LABELS.get(fact_type, fact_type.replace("_", " ").capitalize())


def entity_color(name: str | None) -> str:
    """One stable colour per company, the same on every chart and in every session."""
    if name is None or (isinstance(name, float) and pd.isna(name)) or name in (UNKNOWN, UNKNOWN_ORIGIN):
        return UNKNOWN_COLOR
    return PALETTE[_palette_slot(str(name))]


def _palette_slot(name: str) -> int:
    digest = hashlib.sha1(name.casefold().encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") % len(PALETTE)


def color_map(names: Iterable[str | None]) -> dict[str, str]:
    """name -> colour, distinct for the first len(PALETTE) names (give the most important first).

    Each name takes its own preferred colour (the one `entity_color` gives) unless an earlier name
    holds it, then the next free one; so colours are stable across charts and sessions, and only a
    collision moves a name off its preferred colour. Names past the palette share hash colours.
    """
    out: dict[str, str] = {}
    free = list(range(len(PALETTE)))
    for raw in names:
        if raw is None or (isinstance(raw, float) and pd.isna(raw)):
            continue
        name = str(raw)
        if name in out:
            continue
        if name in (UNKNOWN, UNKNOWN_ORIGIN):
            out[name] = UNKNOWN_COLOR
            continue
        want = _palette_slot(name)
        if not free:
            out[name] = PALETTE[want]
            continue
        slot = want if want in free else next(i % len(PALETTE) for i in range(want, want + len(PALETTE))
                                               if i % len(PALETTE) in free)
        free.remove(slot)
        out[name] = PALETTE[slot]
    return out


def company_colors(entities: pd.DataFrame) -> dict[str, str]:
    """The dashboard's colour map: organisations by number of articles (most mentioned first), then name."""
    if entities.empty:
        return {}
    orgs = entities[entities["kind"] == "org"]
    if "articles" in orgs:
        orgs = orgs.sort_values(["articles", "name"], ascending=[False, True])
    return color_map(orgs["name"])


def _scaled(value: float, prefix: str, suffix_code: str = "") -> str:
    for scale, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")):
        if abs(value) >= scale:
            text = f"{value / scale:,.1f}".removesuffix(".0")
            return f"{prefix}{text}{suffix}{suffix_code}"
    return f"{prefix}{value:,.0f}{suffix_code}"


def format_amount(value: float | None, currency: str | None) -> str:
    """An amount in its own currency: (1.3e9, "EUR") -> "€1.3B"; unknown symbols as a code suffix."""
    if value is None or pd.isna(value):
        return "–"
    if currency is None or (isinstance(currency, float) and pd.isna(currency)):
        return _scaled(float(value), "")
    symbol = CURRENCY_SYMBOLS.get(str(currency).upper())
    return _scaled(float(value), symbol) if symbol else _scaled(float(value), "", f" {currency}")


def format_pct(value: float | None) -> str:
    """49.0 -> "49%", 12.5 -> "12.5%"."""
    if value is None or pd.isna(value):
        return "–"
    return f"{float(value):,.1f}".removesuffix(".0") + "%"


def format_count(value: float | None) -> str:
    """A count with thousands separators ("1,204")."""
    if value is None or pd.isna(value):
        return "–"
    return f"{float(value):,.0f}"


def usd_ticks(max_value: float, n: int = 5) -> tuple[list[float], list[str]]:
    """Round axis ticks from 0 to about `max_value`, labelled like "$14B" (not d3's "$14G")."""
    if not max_value or max_value <= 0 or pd.isna(max_value):
        return [0.0], ["$0"]
    raw = max_value / n
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    values = [i * step for i in range(int(math.ceil(max_value / step)) + 1)]
    return values, [format_usd(v) if v else "$0" for v in values]


# --- one-line descriptions of facts -----------------------------------------------------------

def _v(row: Any, field: str) -> Any:
    value = row.get(field) if hasattr(row, "get") else getattr(row, field, None)
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    return value


def fact_summary(row: Any) -> str:
    """A fact in one line: "Meta invested $14.3B in Scale AI (valuation $29B)"."""
    kind = _v(row, "type")
    if kind == "investment":
        amount = _v(row, "amount")
        money = f" {format_amount(amount, _v(row, 'currency'))}" if amount is not None else ""
        target = _v(row, "target") or "?"
        if _v(row, "investor"):
            text = f"{_v(row, 'investor')} invested{money} in {target}"
        else:
            text = f"{target} raised{money or ' funds'} (investors not named)"
        extras = []
        if _v(row, "currency") not in (None, "USD") and _v(row, "amount_usd") is not None:
            extras.append(f"≈ {format_usd(_v(row, 'amount_usd'))}")
        if _v(row, "stake_pct") is not None:
            extras.append(f"{format_pct(_v(row, 'stake_pct'))} stake")
        if _v(row, "valuation_usd") is not None:
            extras.append(f"valuation {format_usd(_v(row, 'valuation_usd'))}")
        return text + (f" ({', '.join(extras)})" if extras else "")
    if kind == "talent_move":
        count = _v(row, "count")
        who = _v(row, "person") or (f"{int(count)} people" if count and count > 1 else "Someone")
        role = f" ({_v(row, 'role')})" if _v(row, "role") else ""
        return f"{who}{role}: {_v(row, 'from_org') or UNKNOWN_ORIGIN} → {_v(row, 'to_org') or UNKNOWN}"
    if kind == "vendor_preference":
        reason = f" ({_v(row, 'reason')})" if _v(row, "reason") else ""
        return f"{_v(row, 'customer') or '?'} {_v(row, 'stance') or 'mentions'} {_v(row, 'vendor') or '?'}{reason}"
    subject = _v(row, "org") or _v(row, "person") or _v(row, "target") or "?"
    share = f" ({format_pct(_v(row, 'share_pct'))})" if _v(row, "share_pct") is not None else ""
    return f"{type_label(kind)} at {subject}{share}"


def fact_entities(row: Any) -> list[str]:
    """The organisations and people a fact names, in field order, without repeats."""
    out: list[str] = []
    for field in (*ORG_FIELDS, *PERSON_FIELDS):
        value = _v(row, field)
        if value is not None and value not in out:
            out.append(str(value))
    return out


# --- source labels and effective dates --------------------------------------------------------

def fact_when(facts: pd.DataFrame, sources: pd.DataFrame) -> pd.Series:
    """Each fact's date: its own, else the earliest publication date of its sources (None if neither)."""
    own = facts["date"].astype(object).where(facts["date"].notna(), None) if "date" in facts else None
    if sources.empty or "published_date" not in sources:
        first = pd.Series(dtype=object)
    else:
        dated = sources.dropna(subset=["published_date"])
        first = dated.groupby("fact_id")["published_date"].min().map(lambda d: pd.Timestamp(d).strftime("%Y-%m-%d"))
    fallback = facts["id"].map(first)
    when = own if own is not None else pd.Series(None, index=facts.index, dtype=object)
    return when.where(when.notna(), fallback).astype(object).where(lambda s: s.notna(), None)


def when_to_timestamp(when: Any) -> pd.Timestamp | None:
    """"2025" -> 2025-07-01, "2025-06" -> 2025-06-15, "2025-06-03" -> that day (mid-period for plotting)."""
    if when is None or (not isinstance(when, str) and pd.isna(when)):
        return None
    text = str(when)
    try:
        if len(text) == 4:
            return pd.Timestamp(f"{text}-07-01")
        if len(text) == 7:
            return pd.Timestamp(f"{text}-15")
        return pd.Timestamp(text[:10])
    except ValueError:
        return None


def source_labels(sources: pd.DataFrame) -> pd.Series:
    """fact_id -> "Benzinga 2025-09-01; unknown outlet" (one entry per source article)."""
    if sources.empty:
        return pd.Series(dtype=object)

    def label(row: Any) -> str:
        outlet = _v(row, "source") or "unknown outlet"
        date = _v(row, "published_date")
        return f"{outlet} {pd.Timestamp(date).strftime('%Y-%m-%d')}" if date is not None else str(outlet)

    labels = sources.apply(label, axis=1) if len(sources) else pd.Series(dtype=object)
    return labels.groupby(sources["fact_id"]).agg(lambda s: "; ".join(dict.fromkeys(s)))


def _with_sources(table: pd.DataFrame, facts: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    table["sources"] = facts["id"].map(source_labels(sources)).fillna("").to_numpy()
    table["n_sources"] = facts["n_sources"].fillna(0).astype(int).to_numpy() if "n_sources" in facts else 0
    table["confidence"] = facts["confidence"].to_numpy()
    table["conflicts"] = facts["conflicts"].notna().to_numpy() if "conflicts" in facts else False
    return table


# --- tables behind the pages ------------------------------------------------------------------

def investment_table(facts: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """Investments with native and USD amounts, stake, valuation, date and sources (newest first)."""
    inv = investments(facts)
    table = pd.DataFrame({
        "fact_id": inv["id"].to_numpy(),
        "investor": inv["investor"].to_numpy(),
        "target": inv["target"].to_numpy(),
        "amount": [format_amount(a, c) for a, c in zip(inv["amount"], inv["currency"], strict=True)],
        "amount_usd": inv["amount_usd"].to_numpy(),
        "stake_pct": inv["stake_pct"].to_numpy(),
        "valuation_usd": inv["valuation_usd"].to_numpy(),
        "round": inv["round"].to_numpy() if "round" in inv else None,
        "date": inv["date"].to_numpy(),
    })
    table = _with_sources(table, inv, sources)
    return table.sort_values(["date", "amount_usd"], ascending=False, na_position="last", ignore_index=True)


def valuations(facts: pd.DataFrame) -> pd.DataFrame:
    """Company valuations reported with investments: company, valuation_usd, date, fact_id (latest first)."""
    inv = facts[facts["valuation_usd"].notna() & facts["target"].notna()] if len(facts) else facts
    out = pd.DataFrame({"company": inv["target"].to_numpy(), "valuation_usd": inv["valuation_usd"].to_numpy(),
                        "date": inv["date"].to_numpy(), "fact_id": inv["id"].to_numpy()})
    return out.sort_values(["date", "valuation_usd"], ascending=False, na_position="last", ignore_index=True)


def latest_valuations(facts: pd.DataFrame) -> pd.DataFrame:
    """The most recent (then largest) reported valuation of each company, largest first."""
    vals = valuations(facts)
    if vals.empty:
        return vals
    latest = vals.drop_duplicates("company", keep="first")
    return latest.sort_values("valuation_usd", ascending=False, ignore_index=True)


def moves_table(facts: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """Talent moves: who (or how many), from, to, role, kind, date, sources."""
    moves = facts[facts["type"] == "talent_move"]
    counts = moves["count"].astype("Float64").fillna(1)
    table = pd.DataFrame({
        "fact_id": moves["id"].to_numpy(),
        "person": [p if isinstance(p, str) else (f"{int(c)} people" if c > 1 else "unnamed")
                   for p, c in zip(moves["person"], counts, strict=True)],
        "people": counts.astype(float).to_numpy(),
        "from_org": moves["from_org"].fillna(UNKNOWN_ORIGIN).to_numpy(),
        "to_org": moves["to_org"].fillna(UNKNOWN).to_numpy(),
        "role": moves["role"].to_numpy(),
        "kind": moves["kind"].to_numpy(),
        "date": moves["date"].to_numpy(),
    })
    table = _with_sources(table, moves, sources)
    return table.sort_values(["people", "date"], ascending=False, na_position="last", ignore_index=True)


def vendor_table(facts: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """Vendor preferences with the reasons given and their sources."""
    prefs = facts[facts["type"] == "vendor_preference"]
    table = pd.DataFrame({
        "fact_id": prefs["id"].to_numpy(), "customer": prefs["customer"].to_numpy(),
        "vendor": prefs["vendor"].to_numpy(), "stance": prefs["stance"].to_numpy(),
        "reason": prefs["reason"].to_numpy(), "date": prefs["date"].to_numpy(),
    })
    table = _with_sources(table, prefs, sources)
    return table.sort_values(["vendor", "customer"], ignore_index=True)


def vendor_reasons(facts: pd.DataFrame) -> pd.DataFrame:
    """Reasons given per vendor and stance, with how many facts give each."""
    prefs = facts[(facts["type"] == "vendor_preference") & facts["reason"].notna()]
    if prefs.empty:
        return pd.DataFrame(columns=["vendor", "stance", "reason", "facts"])
    out = prefs.groupby(["vendor", "stance", "reason"], as_index=False).agg(facts=("id", "count"))
    return out.sort_values(["facts", "vendor"], ascending=[False, True], ignore_index=True)


def vendor_net(facts: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """Net preference per vendor (summed over customers and sources), best liked first."""
    matrix = net_vendor_preference(facts, sources)
    if matrix.empty:
        return pd.DataFrame(columns=["vendor", "net"])
    out = matrix.sum(axis=0).rename("net").reset_index()
    out.columns = ["vendor", "net"]
    return out.sort_values("net", ascending=False, ignore_index=True)


def facts_table(facts: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """Any facts as a readable table: type, summary, date, confidence, sources (newest first)."""
    when = fact_when(facts, sources) if len(facts) else pd.Series(dtype=object)
    table = pd.DataFrame({
        "fact_id": facts["id"].to_numpy(),
        "type": [type_label(t) for t in facts["type"]],
        "summary": [fact_summary(r) for r in facts.to_dict("records")],
        "date": when.to_numpy() if len(facts) else [],
    })
    table = _with_sources(table, facts, sources)
    return table.sort_values(["date", "confidence"], ascending=False, na_position="last", ignore_index=True)


def latest_facts(facts: pd.DataFrame, sources: pd.DataFrame, n: int = 10) -> pd.DataFrame:
    """The `n` most recent facts (by their own date, else their sources' publication date)."""
    return facts_table(facts, sources).head(n)


# --- talent network, profiles -----------------------------------------------------------------

def talent_network(facts: pd.DataFrame) -> pd.DataFrame:
    """Edges between people and companies from talent moves.

    Columns: source, target, source_kind, target_kind, relation ("left", "joined", "moved"), weight.
    A named person links to the companies they left and joined; an unnamed group links company to company.
    """
    moves = facts[facts["type"] == "talent_move"]
    rows: list[dict[str, Any]] = []
    for m in moves.to_dict("records"):
        person = _v(m, "person")
        count = float(_v(m, "count") or 1)
        src, dst = _v(m, "from_org"), _v(m, "to_org")
        if person:
            if src:
                rows.append({"source": person, "target": src, "source_kind": "person", "target_kind": "org",
                             "relation": "left", "weight": 1.0})
            if dst:
                rows.append({"source": person, "target": dst, "source_kind": "person", "target_kind": "org",
                             "relation": "joined", "weight": 1.0})
        elif src or dst:
            rows.append({"source": src or UNKNOWN_ORIGIN, "target": dst or UNKNOWN, "source_kind": "org",
                         "target_kind": "org", "relation": "moved", "weight": count})
    cols = ["source", "target", "source_kind", "target_kind", "relation", "weight"]
    if not rows:
        return pd.DataFrame(columns=cols)
    edges = pd.DataFrame(rows, columns=cols)
    return edges.groupby(cols[:5], as_index=False)["weight"].sum()


def facts_about(facts: pd.DataFrame, names: Iterable[str]) -> pd.DataFrame:
    """Facts naming any of `names` in any organisation or person field."""
    wanted = {n.casefold() for n in names}
    mask = pd.Series(False, index=facts.index)
    for field in (*ORG_FIELDS, *PERSON_FIELDS):
        if field in facts:
            mask |= facts[field].fillna("").astype(str).str.casefold().isin(wanted)
    return facts[mask]


def related_entities(facts: pd.DataFrame, name: str, units: Iterable[str] = ()) -> pd.DataFrame:
    """Entities appearing in the same facts as `name`: entity, facts, types (most related first)."""
    own = {name.casefold(), *(u.casefold() for u in units)}
    counts: dict[str, dict[str, Any]] = {}
    for row in facts_about(facts, own).to_dict("records"):
        for other in fact_entities(row):
            if other.casefold() in own:
                continue
            entry = counts.setdefault(other, {"entity": other, "facts": 0, "types": set()})
            entry["facts"] += 1
            entry["types"].add(type_label(row["type"]))
    if not counts:
        return pd.DataFrame(columns=["entity", "facts", "types"])
    out = pd.DataFrame([{**c, "types": ", ".join(sorted(c["types"]))} for c in counts.values()])
    return out.sort_values(["facts", "entity"], ascending=[False, True], ignore_index=True)


def theme_counts(facts: pd.DataFrame) -> pd.DataFrame:
    """Facts per type, most frequent first (type, label, facts)."""
    if facts.empty:
        return pd.DataFrame(columns=["type", "label", "facts"])
    out = facts.groupby("type", as_index=False).agg(facts=("id", "count"))
    out["label"] = out["type"].map(type_label)
    return out.sort_values("facts", ascending=False, ignore_index=True)[["type", "label", "facts"]]


def fact_groups(facts: pd.DataFrame, fields: tuple[str, ...], unknown: tuple[str, ...] = ()) -> dict[str, list[str]]:
    """Fact ids grouped the way a chart groups them: {"OpenAI → Meta": [ids], …}, largest group first.

    `fields` name the columns joined with " → " (missing values take the matching `unknown` label,
    else the group is skipped), so labels match the chart's bars, flows or cells.
    """
    groups: dict[str, list[str]] = {}
    for row in facts.to_dict("records"):
        parts = []
        for i, f in enumerate(fields):
            value = _v(row, f)
            if value is None:
                value = unknown[i] if i < len(unknown) else None
            if value is None:
                break
            parts.append(str(value))
        else:
            groups.setdefault(" → ".join(parts), []).append(str(row["id"]))
    return dict(sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])))

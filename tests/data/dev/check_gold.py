"""Validate dev-set gold files: python tests/data/dev/check_gold.py [FILES...]"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
KEYS = {"id", "file", "language", "published", "source", "title", "aliases", "parents", "orgs", "people",
        "investments", "talent_moves", "vendor_preferences"}


def check(path: Path) -> list[str]:
    errs = []
    try:
        g = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as e:
        return [f"{path.name}: invalid JSON: {e}"]
    missing = KEYS - set(g)
    if missing:
        errs.append(f"missing keys {sorted(missing)}")
    if g.get("id") != path.stem:
        errs.append("id must equal file stem")
    txt = HERE / g.get("file", "")
    if not txt.is_file():
        errs.append(f"text file {g.get('file')} not found")
        text = ""
    else:
        text = txt.read_text(encoding="utf-8")
        words = len(text.split())
        if not 150 <= words <= 600:
            errs.append(f"{words} words (need 150-600)")
    actors = set(g.get("orgs", [])) | set(g.get("people", []))
    known = actors | set(g.get("aliases", {}))
    for a in actors:
        if a not in g.get("aliases", {}):
            errs.append(f"actor {a!r} has no aliases entry")
    for canon, forms in g.get("aliases", {}).items():
        for f in forms:
            if f.lower() not in text.lower():
                errs.append(f"alias {f!r} of {canon!r} not in text")
    for kind, fields in (("investments", ("investor", "target")), ("talent_moves", ("person", "from_org", "to_org")),
                         ("vendor_preferences", ("customer", "vendor"))):
        for fact in g.get(kind, []):
            for fld in fields:
                v = fact.get(fld)
                if v is not None and v not in known:
                    errs.append(f"{kind}: {fld}={v!r} is not an actor")
            if kind == "vendor_preferences" and fact.get("stance") not in ("prefers", "avoids"):
                errs.append(f"bad stance {fact.get('stance')!r}")
            if kind == "investments" and fact.get("amount_usd") is not None and not isinstance(fact["amount_usd"], (int, float)):
                errs.append("amount_usd must be a number")
    if g.get("published") and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", g["published"]):
        errs.append("published must be YYYY-MM-DD or null")
    return [f"{path.name}: {e}" for e in errs]


if __name__ == "__main__":
    files = [Path(a) for a in sys.argv[1:]] or sorted(HERE.glob("*.json"))
    problems = [e for f in files for e in check(f)]
    print("\n".join(problems) or f"{len(files)} gold files OK")
    sys.exit(1 if problems else 0)

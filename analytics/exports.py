"""Write DataFrames as CSV, JSON or Excel (bytes or files)."""

from __future__ import annotations

import io
import json

import pandas as pd

FORMATS = ("csv", "json", "xlsx")


def frame_bytes(df: pd.DataFrame, fmt: str, sheet: str = "data") -> bytes:
    """`df` serialised in `fmt` (csv, json or xlsx)."""
    if fmt == "csv":
        return df.to_csv(index=False).encode("utf-8")
    if fmt == "json":
        records = json.loads(df.to_json(orient="records", date_format="iso", force_ascii=False))
        return json.dumps(records, ensure_ascii=False, indent=1).encode("utf-8")
    if fmt == "xlsx":
        buf = io.BytesIO()
        flat = df.copy()
        for col in flat.columns:
            if flat[col].map(lambda v: isinstance(v, (list, dict))).any():
                flat[col] = flat[col].map(lambda v: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v)
        with pd.ExcelWriter(buf, engine="openpyxl") as writer:
            flat.to_excel(writer, index=False, sheet_name=sheet[:31])
        return buf.getvalue()
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")

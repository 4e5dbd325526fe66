"""The store's schema, as numbered migrations. Each migration runs once, in order."""

from __future__ import annotations

#: Columns a fact can carry, in display order; unused ones are NULL for a given type.
FACT_FIELDS: tuple[tuple[str, str], ...] = (
    ("type", "VARCHAR"),
    ("investor", "VARCHAR"), ("target", "VARCHAR"),
    ("amount", "DOUBLE"), ("currency", "VARCHAR"), ("amount_usd", "DOUBLE"),
    ("valuation_usd", "DOUBLE"), ("stake_pct", "DOUBLE"), ("round", "VARCHAR"), ("qualifier", "VARCHAR"),
    ("person", "VARCHAR"), ("count", "INTEGER"), ("from_org", "VARCHAR"), ("to_org", "VARCHAR"),
    ("role", "VARCHAR"), ("kind", "VARCHAR"),
    ("customer", "VARCHAR"), ("vendor", "VARCHAR"), ("stance", "VARCHAR"), ("reason", "VARCHAR"),
    ("org", "VARCHAR"), ("share_pct", "DOUBLE"),
    ("date", "VARCHAR"), ("negated", "BOOLEAN"),
)
FACT_COLUMNS = tuple(name for name, _ in FACT_FIELDS)
_FACT_DDL = ",\n    ".join(f'"{n}" {t}' for n, t in FACT_FIELDS)

MIGRATIONS: list[str] = [
    # 1: articles, entities, mentions, facts and their sources
    f"""
    CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR);
    CREATE TABLE articles (
        id VARCHAR PRIMARY KEY, path VARCHAR, title VARCHAR, published VARCHAR, published_date DATE,
        source VARCHAR, url VARCHAR, language VARCHAR, author VARCHAR,
        raw_text VARCHAR, clean_text VARCHAR, noise_spans JSON, content_hash VARCHAR,
        ingested_at TIMESTAMP
    );
    CREATE TABLE entities (name VARCHAR PRIMARY KEY, kind VARCHAR, parent VARCHAR, category VARCHAR);
    CREATE TABLE aliases (alias VARCHAR, entity VARCHAR, PRIMARY KEY (alias, entity));
    CREATE TABLE mentions (
        article_id VARCHAR, entity VARCHAR, kind VARCHAR, start INTEGER, "end" INTEGER, text VARCHAR,
        actor BOOLEAN
    );
    CREATE TABLE sentences (article_id VARCHAR, idx INTEGER, start INTEGER, "end" INTEGER, text VARCHAR);
    CREATE TABLE article_facts (
        article_id VARCHAR, local_id INTEGER,
        {_FACT_DDL},
        confidence DOUBLE, evidence VARCHAR, ev_start INTEGER, ev_end INTEGER
    );
    CREATE TABLE facts (
        id VARCHAR PRIMARY KEY,
        {_FACT_DDL},
        confidence DOUBLE, n_sources INTEGER, conflicts JSON
    );
    CREATE TABLE fact_sources (
        fact_id VARCHAR, article_id VARCHAR, evidence VARCHAR, ev_start INTEGER, ev_end INTEGER,
        amount_usd DOUBLE, valuation_usd DOUBLE, stake_pct DOUBLE, confidence DOUBLE
    );
    CREATE INDEX mentions_article ON mentions (article_id);
    CREATE INDEX article_facts_article ON article_facts (article_id);
    """,
    # 2: analysts' corrections (kept across re-ingest) and sentence embeddings (later issues)
    """
    CREATE TABLE corrections (
        id INTEGER, created_at TIMESTAMP, action VARCHAR, fact_id VARCHAR, field VARCHAR,
        value VARCHAR, entity VARCHAR, other VARCHAR, note VARCHAR
    );
    CREATE TABLE embeddings (article_id VARCHAR, idx INTEGER, model VARCHAR, vector FLOAT[]);
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)

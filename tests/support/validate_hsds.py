"""Validates JSON documents against the Open Referral HSDS 3.0 compiled schemas.

Usage: validate_hsds.py SCHEMA_DIR SCHEMA_NAME FILE...
Each FILE holds one JSON document for SCHEMA_NAME (e.g. compiled/service.json). As upstream does
(compiletojsonschema --set-additional-properties-false-everywhere), no property outside the schema is
allowed anywhere, and declared formats (uuid, uri, email, date-time) are checked.
Prints every error and exits 1 when any document is invalid.
"""
import json
import sys

import jsonschema


def closed(schema):
    """A copy of the schema with additionalProperties false on every object."""
    if isinstance(schema, dict):
        out = {k: closed(v) for k, v in schema.items()}
        if out.get("type") == "object" and "properties" in out:
            out["additionalProperties"] = False
        return out
    if isinstance(schema, list):
        return [closed(v) for v in schema]
    return schema


def main():
    schema_dir, name, files = sys.argv[1], sys.argv[2], sys.argv[3:]
    with open(f"{schema_dir}/{name}") as f:
        schema = closed(json.load(f))
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    failed = 0
    for path in files:
        with open(path) as f:
            document = json.load(f)
        for error in sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path)):
            failed += 1
            location = "/".join(str(p) for p in error.absolute_path)
            print(f"{path}: {location}: {error.message}")
    print(f"{len(files)} document(s) checked against {name}, {failed} error(s)")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()

#!/usr/bin/env bash
# Regenerates ClaimCheck's built-in claim-type model, src/ClaimCheck/Classification/Model/claim-types.zip, and the
# fingerprint of its training data beside it (claim-types.training.json), from every .tsv in this folder and its
# subfolders (claim-types.tsv: label<TAB>text; news/*.tsv: label<TAB>text<TAB>source), less the held-out news slice,
# with the trainer's default options except n-gram weighting Idf (chosen on the held-out news slice and news-d; README,
# "Claim types"). Run it from anywhere after changing the data; then commit both files.
# BuiltInModelTests fails while the model and the data disagree.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../../.." && pwd)"
dotnet run -c Release --project "$repo/src/ClaimCheck.Cli" -- \
  train --data "$here" --weighting Idf --output "$here/../Model/claim-types.zip"

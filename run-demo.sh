#!/usr/bin/env bash
# Builds CoopKit and runs the car-sharing demo on the embedded H2 database (./data), printing the URL.
set -euo pipefail
cd "$(dirname "$0")"
mvn -B -q -DskipTests package
exec java -jar coop-example-app/target/carshare.jar serve --demo "$@"

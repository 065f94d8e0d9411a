#!/usr/bin/env bash
# Object storage behind a CDN (S3, OSS, COS …), shown with the AWS CLI:
# hashed assets cached for a year, everything else revalidated.
set -euo pipefail
bucket=${1:?usage: deploy/s3-sync.sh s3://bucket/prefix}
aws s3 sync dist/_astro "$bucket/_astro" --cache-control "public, max-age=31536000, immutable" --delete
aws s3 sync dist "$bucket" --exclude "_astro/*" --cache-control "public, max-age=0, must-revalidate" --delete

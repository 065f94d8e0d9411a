#!/usr/bin/env bash
# Object storage behind a CDN (S3, OSS, COS …), shown with the AWS CLI:
# hashed assets cached for a year, everything else revalidated.
set -euo pipefail
bucket=${1:?usage: deploy/s3-sync.sh s3://bucket/prefix}
aws s3 sync dist/_astro "$bucket/_astro" --cache-control "public, max-age=31536000, immutable" --delete
if [ -d dist/numbers/data ]; then
  aws s3 sync dist/numbers/data "$bucket/numbers/data" --cache-control "public, max-age=31536000, immutable" --delete
fi
aws s3 sync dist "$bucket" --exclude "_astro/*" --exclude "numbers/data/*" --cache-control "public, max-age=0, must-revalidate" --delete
# Object storage sets no security headers: set them in the CDN in front of it (response headers policy).
# The Content-Security-Policy of this build is in dist/csp-policy.txt; for the checked-in site it is:
#   default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-7/hqGwIv8wjcDjrxQRkCjqT1lB1uh0fqNTVmtfm3WrY=' 'sha256-QzWFZi+FLIx23tnm9SBU4aEgx4x8DsuASP07mfqol/c=' 'sha256-Ya0pUYrC7nM5Cn/056TyVuEiz6dFGrzmkWzgON0pF0U='; style-src 'self' 'sha256-Hjd55ij4zn1q4OtkvVJG21j35jMF3r4NFTIAEUFvdjI=' 'sha256-vv9IoKo7BSLbWcUHr3tNmfNVmm5L/9Cfn2H6LMk7/ow='; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'
# with X-Content-Type-Options: nosniff, Referrer-Policy: strict-origin-when-cross-origin, X-Frame-Options: DENY,
# and (the CDN serving HTTPS only) Strict-Transport-Security: max-age=31536000.
# /admin/* (the CMS) gets its own policy instead (dist/csp-admin-policy.txt), with X-Robots-Tag: noindex:
#   default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'
# /embed/* (partner frames) gets dist/csp-embed-policy.txt instead, and no X-Frame-Options:
#   default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-7/hqGwIv8wjcDjrxQRkCjqT1lB1uh0fqNTVmtfm3WrY=' 'sha256-QzWFZi+FLIx23tnm9SBU4aEgx4x8DsuASP07mfqol/c=' 'sha256-Ya0pUYrC7nM5Cn/056TyVuEiz6dFGrzmkWzgON0pF0U='; style-src 'self' 'sha256-Hjd55ij4zn1q4OtkvVJG21j35jMF3r4NFTIAEUFvdjI=' 'sha256-vv9IoKo7BSLbWcUHr3tNmfNVmm5L/9Cfn2H6LMk7/ow='; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'

# poolscope's two commands. Each one installs what it needs first (scripts/setup.sh),
# skipping what is already installed, so they work on a fresh machine.
#
#   make serve   build and serve the playground on http://127.0.0.1:8080
#   make test    every test: native, lint, browser (wasm-bindgen-test) and end-to-end

SHELL := /bin/bash
# npm's wasm-opt, never Debian's (which can't read rustc 1.95's output).
export PATH := $(CURDIR)/.tools/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
export CHROMEDRIVER ?= /usr/bin/chromedriver

.PHONY: serve test test-native test-lint test-browser test-e2e dist setup-serve setup-test size

serve: setup-serve
	trunk serve --offline

test: setup-test test-native test-lint test-browser test-e2e
	@echo "make test: all suites passed"

setup-serve:
	@scripts/setup.sh serve

setup-test:
	@scripts/setup.sh test

test-native:
	cargo test --all-targets
	cargo test --doc

test-lint:
	cargo fmt --all --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --lib --bins --test browser --test browser_viz -- -D warnings

# Only the browser suite runs in Chromium; the engine's own tests run natively above.
test-browser:
	cargo test --target wasm32-unknown-unknown --test browser --test browser_viz

dist:
	trunk build --release --offline

test-e2e: dist
	cd tests/e2e && node --test

# gzip size of what a visitor downloads (wasm + js + css), as recorded in the README.
size: dist
	@scripts/size.sh dist

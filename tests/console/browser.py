"""Headless Chromium for the console's browser tests: Debian's chromium and chromium-driver through Selenium.

Selenium drives the system chromedriver, which Debian builds from the same source as its chromium, so browser and
driver always match and nothing is downloaded. Locally the tests skip when either is missing (saying which); with
CI=true they fail instead, since .ci/run installs both.
"""

from __future__ import annotations

import os
import shutil

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

CANDIDATES = {"chromium": ("chromium", "chromium-browser"), "chromedriver": ("chromedriver",)}


def _find(names: tuple[str, ...]) -> str | None:
    return next((path for name in names if (path := shutil.which(name)) is not None), None)


def find_browser() -> tuple[str, str]:
    """(chromium, chromedriver) paths; skips the test (fails it under CI=true) when one is missing."""
    browser, driver = _find(CANDIDATES["chromium"]), _find(CANDIDATES["chromedriver"])
    if browser is None or driver is None:
        missing = " and ".join(n for n, p in (("chromium", browser), ("chromedriver", driver)) if p is None)
        reason = f"no {missing} on PATH: install the Debian packages chromium and chromium-driver"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI=true and the browser tests cannot run: {reason}")
        pytest.skip(reason)
    return browser, driver


def start_chromium() -> webdriver.Chrome:
    browser, driver = find_browser()
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,900", "--force-device-scale-factor=1", "--lang=en-US"):
        options.add_argument(argument)
    chrome = webdriver.Chrome(options=options, service=Service(executable_path=driver))
    chrome.set_page_load_timeout(30)
    return chrome

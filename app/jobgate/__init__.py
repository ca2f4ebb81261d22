"""jobgate: process-engine jobs in one store, served through Camunda 7, Zeebe and Oracle OPA REST dialects."""

import warnings

# Connexion 3.3 imports starlette.testclient at import time, and Starlette 1.x warns about httpx there.
warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient` is deprecated")

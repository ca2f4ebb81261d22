"""The job store: tables, transactions, queries, activation and flow. No HTTP, no dialect formats."""

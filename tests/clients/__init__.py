"""Tests of the generated clients, the example worker and scripts/contract against real jobgate apps."""

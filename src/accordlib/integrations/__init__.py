"""Adapters to data engines, each importing its engine only when called.

* :mod:`accordlib.integrations.pandas` — event rows from a pandas DataFrame of
  stories; the same function serves Spark's ``mapInPandas``.
* :mod:`accordlib.integrations.dask` — the same over a Dask DataFrame or Bag, for a
  corpus in JSONL or Parquet files on one machine or a cluster.

Neither pandas nor Dask is a dependency of accordlib: install the ``dask`` extra
(``pip install 'accordlib[dask]'``), which brings both.
"""

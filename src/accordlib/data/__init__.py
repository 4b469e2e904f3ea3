"""Data tables shipped with accordlib (read through :mod:`accordlib._util.tables`).

``README.md`` in this folder lists every table with its source, licence and columns.
"""

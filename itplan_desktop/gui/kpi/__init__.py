"""The KPI tracker: indicators, targets, actuals per period and per commune, the chart."""

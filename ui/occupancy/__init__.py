"""Occupancy 점유 현황: the table and chart by floor, zone, organisation or task (OccupancyTab)."""

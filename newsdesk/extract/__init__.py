"""(layer under construction)"""

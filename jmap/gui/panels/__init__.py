"""The docks beside the canvas: inspector (with stage metrics), personas and live coverage."""

"""The Qt-free catalog: schema and migrations, the store, search, history, exports."""

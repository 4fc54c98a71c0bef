// The system SQLite, for Sources/JDAutopsy/Batch/SQLiteDatabase.swift only.
#include <sqlite3.h>

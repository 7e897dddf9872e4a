#pragma once

#include <QLoggingCategory>

// The store's log category. Never log keys, passphrases, SQL values or plan content.
Q_DECLARE_LOGGING_CATEGORY(lcStore)

#pragma once
// Waits for one store write, read or action (a StoreWrite and what derives from it) and returns
// its error, if any: the store-API counterpart of fixtures::run() for jobs.

#include "models/stores/StoreCall.h"
#include "tests/support/Catch.h"

#include <QTest>
#include <optional>

namespace fixtures {

inline std::optional<models::ApiError> wait(models::StoreWrite *write)
{
    std::optional<models::ApiError> error;
    bool done = false;
    QObject::connect(write, &models::StoreWrite::succeeded, [&] { done = true; });
    QObject::connect(write, &models::StoreWrite::failed, [&](const models::ApiError &e) {
        error = e;
        done = true;
    });
    REQUIRE(QTest::qWaitFor([&] { return done; }, 15000));
    return error;
}

// Waits for `result` and returns its value; an error fails the test.
template<class T> T valueOf(models::StoreResult<T> *result)
{
    T value{};
    QObject::connect(result, &models::StoreWrite::succeeded, [&value, result] { value = result->value(); });
    REQUIRE_FALSE(wait(result).has_value());
    return value;
}

} // namespace fixtures

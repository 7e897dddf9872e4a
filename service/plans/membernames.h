#pragma once

#include "core/result.h"
#include "storage/servicestore.h"

#include <QString>

namespace samen::service {

/**
 * Whether a person's name is free in a plan: names are unique per plan (compared as
 * TextHygiene::sameName: case and Unicode form do not count), so lists never show two
 * "Noor" and commands can take names (docs/api/openapi.yaml, 409 `name-taken`). The names
 * taken are those of the plan's members at the service (active or waiting to be let in)
 * and of the live `member` entities in the plan's operations (the owner, contacts).
 */
class MemberNames
{
public:
    /** True when someone other than exceptMemberId has this name in the plan; an error when the store fails. */
    static Result<bool> taken(ServiceStore &store, const QString &planId, const QString &name, const QString &exceptMemberId);
};

} // namespace samen::service

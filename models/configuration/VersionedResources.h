#pragma once
// The administrator's resources as read from the server, each with the ETag to send back.

#include "contract/Conference.h"
#include "contract/Extensions.h"
#include "contract/Numbers.h"
#include "contract/Receptionist.h"
#include "models/configuration/Versioned.h"

namespace models {

using VersionedExtension = Versioned<contract::Extension>;
using VersionedNumber = Versioned<contract::PhoneNumber>;
using VersionedConferenceServer = Versioned<contract::ConferenceServer>;
using VersionedRoom = Versioned<contract::ConferenceRoom>;
using VersionedReceptionist = Versioned<contract::ReceptionistConfig>;

} // namespace models

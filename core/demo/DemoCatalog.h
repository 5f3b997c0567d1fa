#pragma once

#include <cstddef>

// The word lists the demo agency is drawn from: real French cities with their
// real postcodes, common first and last names, street names. Plain C strings
// (UTF-8) so that the tables cost nothing at start-up.
namespace DemoCatalog {

struct City
{
    const char* name;
    const char* postcodes;   // space-separated; arrondissements for Paris, Lyon, Marseille
    int weight;              // roughly the number of rented homes, for drawing
    int rentPerSqm;          // typical residential rent, euros per m² per month
    const char* phonePrefix; // a number range ARCEP reserves for fiction, by region
};

const City* cities(std::size_t* count);
const char* const* maleFirstNames(std::size_t* count);
const char* const* femaleFirstNames(std::size_t* count);
const char* const* lastNames(std::size_t* count);
const char* const* streets(std::size_t* count);
const char* const* shopActivities(std::size_t* count);
const char* const* professions(std::size_t* count);
// Reserved example domains (RFC 2606): demo tenants must never receive a
// real e-mail if someone runs reminders on the demo with a real server.
const char* const* emailDomains(std::size_t* count);
// "janvier" … "décembre".
const char* monthName(int month);

} // namespace DemoCatalog

using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Data;

/// <summary>PostgreSQL, for deployments with several app instances on one database.</summary>
public sealed class PostgresGuestLoopDbContext(DbContextOptions<PostgresGuestLoopDbContext> options) : GuestLoopDbContext(options);

using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace GuestLoop.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CaseVolumeRollup : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "case_volume_changes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Dimension = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Change = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_volume_changes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "case_volume_days",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Dimension = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Count = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_volume_days", x => new { x.Day, x.Dimension, x.Key });
                });

            // Every change of a case's receipt day, kind, category, channel, property or department is written as
            // -1 for the old key and +1 for the new one, in the case's own transaction (days in Asia/Shanghai, the
            // statistics' zone when no property is chosen).
            migrationBuilder.Sql("""
                CREATE FUNCTION case_volume_change() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE
                    old_day date;
                    new_day date;
                BEGIN
                    IF TG_OP = 'DELETE' OR TG_OP = 'UPDATE' THEN
                        old_day := (OLD."ReceivedAt" AT TIME ZONE 'Asia/Shanghai')::date;
                    END IF;
                    IF TG_OP = 'INSERT' OR TG_OP = 'UPDATE' THEN
                        new_day := (NEW."ReceivedAt" AT TIME ZONE 'Asia/Shanghai')::date;
                    END IF;
                    IF TG_OP = 'INSERT' THEN
                        INSERT INTO case_volume_changes ("Day", "Dimension", "Key", "Change")
                        SELECT new_day, v.d, v.k, 1
                        FROM (VALUES ('Kind', NEW."Kind"), ('Category', NEW."Category"), ('Channel', NEW."Channel"),
                                     ('Property', NEW."PropertyId"::text), ('Department', coalesce(NEW."DepartmentId"::text, ''))) AS v(d, k);
                    ELSIF TG_OP = 'DELETE' THEN
                        INSERT INTO case_volume_changes ("Day", "Dimension", "Key", "Change")
                        SELECT old_day, v.d, v.k, -1
                        FROM (VALUES ('Kind', OLD."Kind"), ('Category', OLD."Category"), ('Channel', OLD."Channel"),
                                     ('Property', OLD."PropertyId"::text), ('Department', coalesce(OLD."DepartmentId"::text, ''))) AS v(d, k);
                    ELSE
                        INSERT INTO case_volume_changes ("Day", "Dimension", "Key", "Change")
                        SELECT c.day, v.d, c.k, c.change
                        FROM (VALUES ('Kind', OLD."Kind", NEW."Kind"), ('Category', OLD."Category", NEW."Category"),
                                     ('Channel', OLD."Channel", NEW."Channel"), ('Property', OLD."PropertyId"::text, NEW."PropertyId"::text),
                                     ('Department', coalesce(OLD."DepartmentId"::text, ''), coalesce(NEW."DepartmentId"::text, ''))) AS v(d, o, n)
                        CROSS JOIN LATERAL (VALUES (old_day, v.o, -1), (new_day, v.n, 1)) AS c(day, k, change)
                        WHERE old_day <> new_day OR v.o <> v.n;
                    END IF;
                    RETURN NULL;
                END
                $$;

                CREATE TRIGGER case_volume_insert AFTER INSERT ON cases FOR EACH ROW EXECUTE FUNCTION case_volume_change();
                CREATE TRIGGER case_volume_delete AFTER DELETE ON cases FOR EACH ROW EXECUTE FUNCTION case_volume_change();
                CREATE TRIGGER case_volume_update AFTER UPDATE OF "ReceivedAt", "Kind", "Category", "Channel", "PropertyId", "DepartmentId" ON cases
                    FOR EACH ROW
                    WHEN ((OLD."ReceivedAt", OLD."Kind", OLD."Category", OLD."Channel", OLD."PropertyId", OLD."DepartmentId")
                          IS DISTINCT FROM (NEW."ReceivedAt", NEW."Kind", NEW."Category", NEW."Channel", NEW."PropertyId", NEW."DepartmentId"))
                    EXECUTE FUNCTION case_volume_change();

                INSERT INTO case_volume_days ("Day", "Dimension", "Key", "Count")
                SELECT (c."ReceivedAt" AT TIME ZONE 'Asia/Shanghai')::date, v.d, v.k, count(*)
                FROM cases AS c
                CROSS JOIN LATERAL (VALUES ('Kind', c."Kind"), ('Category', c."Category"), ('Channel', c."Channel"),
                                           ('Property', c."PropertyId"::text), ('Department', coalesce(c."DepartmentId"::text, ''))) AS v(d, k)
                GROUP BY 1, 2, 3;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER case_volume_update ON cases;
                DROP TRIGGER case_volume_delete ON cases;
                DROP TRIGGER case_volume_insert ON cases;
                DROP FUNCTION case_volume_change();
                """);

            migrationBuilder.DropTable(
                name: "case_volume_changes");

            migrationBuilder.DropTable(
                name: "case_volume_days");
        }
    }
}

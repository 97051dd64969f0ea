using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GuestLoop.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CaseUrgencyOnTheCaseRow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_cases_AssigneeId_Status",
                table: "cases");

            migrationBuilder.DropIndex(
                name: "IX_cases_open_ReceivedAt",
                table: "cases");

            migrationBuilder.AddColumn<long>(
                name: "DueNext",
                table: "cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: 3155378112000000000L);

            migrationBuilder.AddColumn<long>(
                name: "RiskNext",
                table: "cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: 3155378112000000000L);

            // Each open case's earliest running deadline and the earliest instant one of them comes at risk, from its
            // deadline rows in one pass (a correlated subquery per case would search the unmet deadlines once per case).
            migrationBuilder.Sql("""
                UPDATE cases SET "DueNext" = m.due, "RiskNext" = m.risk
                FROM (SELECT "CaseId", MIN("DueAt") AS due, MIN(COALESCE("RiskFrom", "DueAt")) AS risk
                      FROM case_deadlines WHERE "MetAt" IS NULL AND "DueAt" IS NOT NULL GROUP BY "CaseId") AS m
                WHERE m."CaseId" = cases."Id" AND cases."Status" <> 'Closed'
                """);

            migrationBuilder.CreateIndex(
                name: "IX_cases_AssigneeId_ReceivedAt_Status",
                table: "cases",
                columns: new[] { "AssigneeId", "ReceivedAt", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_open_DueNext",
                table: "cases",
                columns: new[] { "DueNext", "Severity", "Priority", "ReceivedAt", "Id", "RiskNext" },
                descending: new[] { false, true, true, true, false, false },
                filter: "\"Status\" <> 'Closed'");

            migrationBuilder.CreateIndex(
                name: "IX_cases_open_ReceivedAt",
                table: "cases",
                columns: new[] { "ReceivedAt", "Id", "DueNext", "RiskNext" },
                filter: "\"Status\" <> 'Closed'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_cases_AssigneeId_ReceivedAt_Status",
                table: "cases");

            migrationBuilder.DropIndex(
                name: "IX_cases_open_DueNext",
                table: "cases");

            migrationBuilder.DropIndex(
                name: "IX_cases_open_ReceivedAt",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "DueNext",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "RiskNext",
                table: "cases");

            migrationBuilder.CreateIndex(
                name: "IX_cases_AssigneeId_Status",
                table: "cases",
                columns: new[] { "AssigneeId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_open_ReceivedAt",
                table: "cases",
                columns: new[] { "ReceivedAt", "Id" },
                filter: "\"Status\" <> 'Closed'");
        }
    }
}

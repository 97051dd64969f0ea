using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GuestLoop.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DeadlinesCarryCaseReceipt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "CaseReceivedAt",
                table: "case_deadlines",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            // Existing deadlines take their case's receipt instant before the index is built.
            migrationBuilder.Sql("""UPDATE case_deadlines SET "CaseReceivedAt" = (SELECT c."ReceivedAt" FROM cases c WHERE c."Id" = case_deadlines."CaseId")""");

            migrationBuilder.CreateIndex(
                name: "IX_case_deadlines_CaseReceivedAt",
                table: "case_deadlines",
                column: "CaseReceivedAt")
                .Annotation("Npgsql:IndexInclude", new[] { "PropertyId", "Stage", "StartedAt", "DueAt", "MetAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_case_deadlines_CaseReceivedAt",
                table: "case_deadlines");

            migrationBuilder.DropColumn(
                name: "CaseReceivedAt",
                table: "case_deadlines");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GuestLoop.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OnlyMergedRowsInTheMergedIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_guests_MergedIntoId",
                table: "guests");

            migrationBuilder.DropIndex(
                name: "IX_cases_MergedIntoId",
                table: "cases");

            migrationBuilder.CreateIndex(
                name: "IX_guests_MergedIntoId",
                table: "guests",
                column: "MergedIntoId",
                filter: "\"MergedIntoId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_cases_MergedIntoId",
                table: "cases",
                column: "MergedIntoId",
                filter: "\"MergedIntoId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_guests_MergedIntoId",
                table: "guests");

            migrationBuilder.DropIndex(
                name: "IX_cases_MergedIntoId",
                table: "cases");

            migrationBuilder.CreateIndex(
                name: "IX_guests_MergedIntoId",
                table: "guests",
                column: "MergedIntoId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_MergedIntoId",
                table: "cases",
                column: "MergedIntoId");
        }
    }
}

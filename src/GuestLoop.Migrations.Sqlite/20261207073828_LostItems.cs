using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GuestLoop.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LostItems : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "lost_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PropertyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    FoundAt = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    FoundOn = table.Column<long>(type: "INTEGER", nullable: false),
                    StoredAt = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    KeepUntil = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    GuestId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lost_items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lost_item_entries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    What = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    LostItemId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lost_item_entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_lost_item_entries_lost_items_LostItemId",
                        column: x => x.LostItemId,
                        principalTable: "lost_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_lost_item_entries_LostItemId",
                table: "lost_item_entries",
                column: "LostItemId");

            migrationBuilder.CreateIndex(
                name: "IX_lost_items_PropertyId_FoundOn",
                table: "lost_items",
                columns: new[] { "PropertyId", "FoundOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "lost_item_entries");

            migrationBuilder.DropTable(
                name: "lost_items");
        }
    }
}

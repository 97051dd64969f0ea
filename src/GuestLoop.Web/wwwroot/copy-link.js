// The tracking page's copy button: shown only where the browser can copy, so the page still works without script.
for (const button of document.querySelectorAll("button[data-copy]")) {
    if (!navigator.clipboard) {
        continue;
    }

    button.hidden = false;
    button.addEventListener("click", async () => {
        await navigator.clipboard.writeText(document.getElementById(button.dataset.copy).textContent.trim());
        button.textContent = button.dataset.copied;
    });
}

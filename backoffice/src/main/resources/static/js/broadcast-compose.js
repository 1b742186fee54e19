// The compose page shows how many people the chosen segment reaches, as the fields change.
(function () {
    const form = document.getElementById('compose');
    if (!form) return;
    const reach = document.getElementById('reach');
    const names = ['province', 'county', 'role', 'audience', 'area'];
    async function count() {
        const params = new URLSearchParams();
        names.forEach(n => { const el = form.elements[n]; if (el && el.value) params.append(n, el.value); });
        try {
            const res = await fetch(form.dataset.countUrl + '?' + params, { headers: { 'Accept': 'application/json' } });
            const body = await res.json();
            reach.textContent = res.ok ? body.text : body.error;
            reach.classList.toggle('problem', !res.ok);
        } catch (e) {
            reach.textContent = '';
        }
    }
    names.forEach(n => { const el = form.elements[n]; if (el) el.addEventListener('change', count); });
    count();
})();

// The progress page refreshes its counts every two seconds while the broadcast is on its way.
(function () {
    const page = document.getElementById('progress');
    if (!page) return;
    const fields = ['sent', 'failed', 'blocked', 'left', 'cancelled', 'total', 'eta'];
    async function refresh() {
        try {
            const res = await fetch(page.dataset.url, { headers: { 'Accept': 'application/json' } });
            if (!res.ok) return;
            const p = await res.json();
            fields.forEach(f => { document.getElementById(f).textContent = p[f]; });
            document.getElementById('status').textContent = p.statusText;
            document.getElementById('percent').textContent = p.percentText;
            const bar = document.getElementById('bar');
            bar.max = p.all === 0 ? 1 : p.all;
            bar.value = p.done;
            document.getElementById('pause').classList.toggle('hidden', !p.canPause);
            document.getElementById('resume').classList.toggle('hidden', !p.canResume);
            document.getElementById('cancel').classList.toggle('hidden', !p.canCancel);
            page.dataset.moving = p.moving;
        } catch (e) {
            // A missed refresh is retried two seconds later.
        }
    }
    setInterval(() => { if (page.dataset.moving === 'true') refresh(); }, 2000);
})();

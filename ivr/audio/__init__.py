"""Audio prompts: the build from the catalogue to telephone WAV files, and the index
the running line plays from.

build (incremental, parallel, atomic), engines (gTTS, offline espeak-ng; the official
voices in azure_tts, google_tts, cloud, ssml, telephone_audio), mastering
(pydub and ffmpeg: trim, band-limit, level, pauses), ffmpeg (the bundled binary), index
(manifest.json as the line reads it).

May import: ivr.call (the catalogue), ivr.spoken, ivr.common, ivr.config. Never runs
inside a request.
"""

package org.example.coop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoreEmbeddingTest {
    @Test
    void the_readme_snippet_runs_in_a_fresh_project_and_admits_member_number_one(@TempDir Path dir) throws Exception {
        CoreEmbedding.main(new String[] {dir.resolve("main").toString()});
        assertEquals(1L, CoreEmbedding.run(dir.resolve("again")));
    }
}

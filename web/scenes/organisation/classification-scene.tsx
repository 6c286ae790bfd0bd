import { useState } from 'react';
import type { Organisation } from '../../api/setup-api.js';
import { OrganisationPage } from '../../components/setup/organisation-page.js';
import { SetupForm } from '../../components/setup/setup-form.js';
import { TextField } from '../../components/text-field.js';

/** The classification scheme: its levels from lowest to highest, one a line. */
export function ClassificationScene() {
  return (
    <OrganisationPage title="Classification">
      {(organisation) => <Scheme key={organisation.classifications.join()} organisation={organisation} />}
    </OrganisationPage>
  );
}

function Scheme({ organisation }: { organisation: Organisation }) {
  const [levels, setLevels] = useState(organisation.classifications.join('\n'));
  return (
    <>
      <ol className="setup-list" data-testid="classification" aria-label="Levels now, lowest first">
        {organisation.classifications.map((level) => (
          <li key={level}>{level}</li>
        ))}
      </ol>
      <SetupForm
        title="Change the scheme"
        headingLevel={2}
        submitLabel="Save the scheme"
        changes={() => [
          {
            op: 'classification.set',
            levels: levels
              .split('\n')
              .map((level) => level.trim())
              .filter(Boolean),
          },
        ]}
        fieldMap={(field) => (field.startsWith('levels') ? 'levels' : field)}
      >
        {() => (
          <TextField
            label="Levels"
            name="levels"
            rows={6}
            hint="one a line, lowest first, in capitals; a level someone is cleared for cannot be dropped"
            isRequired
            value={levels}
            onChange={setLevels}
          />
        )}
      </SetupForm>
    </>
  );
}

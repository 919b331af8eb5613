teSearchFile("terms/74-69-65",[["ties",[1,1,2],[]]]);
